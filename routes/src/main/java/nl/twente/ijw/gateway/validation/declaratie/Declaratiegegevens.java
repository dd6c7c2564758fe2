package nl.twente.ijw.gateway.validation.declaratie;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.twente.ijw.gateway.stand.ToewijzingStand;
import nl.twente.ijw.gateway.stand.ToewijzingStand.Toewijzing;
import nl.twente.ijw.gateway.stand.declaratie.DeclaratieStand;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.RegelContext;
import org.springframework.stereotype.Component;

/**
 * What the declaration rules share: who declares to whom (the JW323's Afzender is the
 * aanbieder, its Ontvanger the gemeente), the prestaties, and the toewijzing each one is
 * declared on, taken from the state of accepted JW301 messages (current version, IV013).
 */
@Component
public class Declaratiegegevens {

    private static final Map<String, String> EENHEDEN = Map.of("01", "minuten", "04", "uren", "14", "etmalen",
            "16", "dagdelen", "82", "stuks", "83", "eurocent", "84", "stuks");

    private final ToewijzingStand toewijzingen;
    private final DeclaratieStand declaraties;

    public Declaratiegegevens(ToewijzingStand toewijzingen, DeclaratieStand declaraties) {
        this.toewijzingen = toewijzingen;
        this.declaraties = declaraties;
    }

    public DeclaratieStand declaraties() {
        return declaraties;
    }

    public String aanbieder(RegelContext context) {
        return context.header().afzender();
    }

    public String gemeente(RegelContext context) {
        return context.header().ontvanger();
    }

    public Record declaratie(RegelContext context) {
        return context.root().kind("Declaratie").orElseThrow();
    }

    public List<Prestatie> prestaties(RegelContext context) {
        return Prestatie.alle(declaratie(context));
    }

    /** The debits only: a credit is refused for technical reasons alone, never on content (IV085). */
    public List<Prestatie> debets(RegelContext context) {
        return prestaties(context).stream().filter(p -> !p.isCredit()).toList();
    }

    public List<Prestatie> credits(RegelContext context) {
        return prestaties(context).stream().filter(Prestatie::isCredit).toList();
    }

    /**
     * The credits of this message that will be granted as far as the declaration rules can
     * tell: a new ReferentieNummer (TR314), pointing to a granted debit of this aanbieder
     * (TR323) that was not credited before (TR390). These count before the debits of the same
     * message (OP366, IV086) in TR322, TR369 and TR389.
     */
    public List<Prestatie> geldigeCredits(RegelContext context) {
        String aanbieder = aanbieder(context);
        Set<String> gezien = new HashSet<>();
        List<Prestatie> geldig = new ArrayList<>();
        for (Prestatie p : prestaties(context)) {
            boolean nieuw = gezien.add(p.referentieNummer()) && declaraties.prestatie(aanbieder, p.referentieNummer()).isEmpty();
            if (nieuw && p.isCredit()) {
                String debet = p.vorigReferentieNummer().orElse("");
                boolean teCrediteren = declaraties.prestatie(aanbieder, debet).filter(DeclaratieStand.Geboekt::isDebet).isPresent()
                        && !declaraties.isGecrediteerd(aanbieder, debet);
                if (teCrediteren) {
                    geldig.add(p);
                }
            }
        }
        return geldig;
    }

    /** The current version of the toewijzing with the prestatie's number at this gemeente, whoever it was for. */
    public Optional<Toewijzing> huidige(RegelContext context, Prestatie p) {
        String gemeente = gemeente(context);
        return context.gedeeld(List.of("toewijzing", gemeente, p.toewijzingNummer()),
                () -> toewijzingen.huidige(gemeente, p.toewijzingNummer()));
    }

    /**
     * The toewijzing the prestatie can be judged against: the current version, of this gemeente,
     * given to this aanbieder, for the client it is declared under, not deleted. When there is
     * none, TR338, TR384 or TR304 says why, and the content rules stay silent.
     */
    public Optional<Toewijzing> toewijzing(RegelContext context, Prestatie p) {
        return huidige(context, p)
                .filter(t -> t.aanbieder().equals(aanbieder(context)))
                .filter(t -> !t.isVerwijderd())
                .filter(t -> t.client().equals(toewijzingen.pseudoniem(p.bsn())));
    }

    public String pseudoniem(String bsn) {
        return toewijzingen.pseudoniem(bsn);
    }

    /** The unit's name for an uitleg: "uren", "minuten", ... */
    public static String eenheid(String code) {
        return EENHEDEN.getOrDefault(code, "eenheden " + code);
    }
}
