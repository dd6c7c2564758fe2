package nl.twente.ijw.simulator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.twente.ijw.simulator.Bericht.Fout;
import nl.twente.ijw.simulator.Bericht.Soort;

/**
 * The deliberate faults, and the final order and names. A share of the valid messages is
 * preceded by a faulty attempt (a sender that tries, is refused and sends again): the gateway
 * must refuse the attempt and nothing of it may reach the trajectories.
 */
final class Fouten {

    /** Far enough in the future for any run of the gateway (TR135). */
    static final LocalDate TOEKOMST = LocalDate.of(2099, 12, 31);

    private Fouten() {
    }

    static void voegToe(Instellingen inst, List<Bericht> geldig, List<Bericht> uit) {
        Kans kans = Kans.voor(inst.seed(), -1);
        long onbekend = 900_000_001L;
        List<Bericht> alle = new ArrayList<>(geldig.size() + (int) (geldig.size() * inst.foutAandeel()) + 16);
        for (Bericht b : geldig) {
            if (inst.foutAandeel() > 0 && kans.met(inst.foutAandeel())) {
                Fout fout = kies(kans, b.soort);
                Bericht kopie = b.fouteKopie(fout);
                if (fout == Fout.DAGTEKENING_IN_TOEKOMST) {
                    kopie.dagtekening = TOEKOMST;
                } else if (fout == Fout.ONBEKENDE_TOEWIJZING) {
                    kopie.foutNummer = onbekend++;
                }
                alle.add(kopie);
            }
            alle.add(b);
        }
        // Stable: the future attempts go last, everything else keeps its order.
        alle.sort(Comparator.comparing(b -> b.dagtekening));
        Map<String, Long> identificaties = new HashMap<>();
        int nummer = 0;
        for (Bericht b : alle) {
            nummer++;
            b.bestand = "%08d-%s.xml".formatted(nummer, b.soort.name());
            // TR056: unique per sender; one counter per sender for all its message kinds.
            b.identificatie = Long.toString(identificaties.merge(b.afzender, 1L, Long::sum));
            uit.add(b);
        }
    }

    private static Fout kies(Kans kans, Soort soort) {
        return switch (soort) {
            case JW305, JW307 -> kans.een(List.of(Fout.BSN_ONGELDIG, Fout.ONBEKENDE_TOEWIJZING,
                    Fout.DAGTEKENING_IN_TOEKOMST, Fout.SCHEMAFOUT));
            case JW301, JW315 -> kans.een(List.of(Fout.BSN_ONGELDIG, Fout.DAGTEKENING_IN_TOEKOMST, Fout.SCHEMAFOUT));
            case JW319 -> kans.een(List.of(Fout.DAGTEKENING_IN_TOEKOMST, Fout.SCHEMAFOUT));
        };
    }

    /** The same BSN with another check digit: fails the elfproef (the weight of the last digit is -1). */
    static String ongeldigeBsn(String bsn) {
        char laatste = bsn.charAt(8);
        char ander = (char) ('0' + ((laatste - '0' + 1) % 10));
        return bsn.substring(0, 8) + ander;
    }
}
