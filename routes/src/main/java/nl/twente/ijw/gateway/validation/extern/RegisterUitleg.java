package nl.twente.ijw.gateway.validation.extern;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.twente.ijw.mapping.Gemeenteregister;

/** The sentences that tell the sender why a code is not in a register on a date (S300, S329). */
final class RegisterUitleg {

    private RegisterUitleg() {
    }

    static String gemeente(Gemeenteregister register, String code, String waar, LocalDate datum, String herkomst) {
        List<Gemeenteregister.Gemeente> perioden = register.perioden(code);
        if (perioden.isEmpty()) {
            return "Gemeentecode " + code + " in " + waar + " komt niet voor in de CBS-lijst van gemeentecodes."
                    + " Gebruik de CBS-code (vier cijfers) van de gemeente.";
        }
        String geldig = perioden.stream().map(g -> periode(g.geldigVan(), g.geldigTot())).collect(Collectors.joining("; "));
        return "Gemeentecode " + code + " (" + perioden.get(perioden.size() - 1).naam() + ") in " + waar
                + " is volgens de CBS-lijst " + geldig + ", dus niet op " + datum + " (" + herkomst + ")."
                + " Gebruik de code van de gemeente die op die datum bestaat.";
    }

    /** "geldig van … tot en met …" for an inclusive period; null = open. */
    static String periode(LocalDate van, LocalDate tot) {
        if (van == null) {
            return tot == null ? "altijd geldig" : "geldig tot en met " + tot;
        }
        return tot == null ? "geldig vanaf " + van : "geldig van " + van + " tot en met " + tot;
    }
}
