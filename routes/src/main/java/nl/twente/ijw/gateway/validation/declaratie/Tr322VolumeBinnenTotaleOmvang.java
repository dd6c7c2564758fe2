package nl.twente.ijw.gateway.validation.declaratie;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.stand.ToewijzingStand.Toewijzing;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR322 (9322): all granted, not credited prestaties on a toewijzing together stay within the
 * volume over its whole validity ({@link Omvangrekening#maximumOverLooptijd}). Counted: the net
 * volume already granted, then this message's credits (OP366), then its debits in document
 * order; a debit that does not fit is refused and does not count for the next one. Volumes are
 * compared in minutes when the toewijzing is in hours. An open-ended toewijzing has no total
 * unless its Frequentie is 6.
 */
@Component
public class Tr322VolumeBinnenTotaleOmvang extends Regel {

    private final Declaratiegegevens gegevens;

    public Tr322VolumeBinnenTotaleOmvang(Declaratiegegevens gegevens) {
        super("TR322", "9322", Regelsoort.BERICHTOVERSTIJGEND, Set.of(BerichtSoort.JW323), "Prestatie",
                "Alle ingediende en niet gecrediteerde prestaties op een toewijzing samen passen binnen de omvang over de hele looptijd.",
                "All declared, not credited prestaties on a toewijzing together fit the Omvang over its whole validity.");
        this.gegevens = gegevens;
    }

    @Override
    public void controleer(RegelContext context) {
        String aanbieder = gegevens.aanbieder(context);
        List<Prestatie> credits = gegevens.geldigeCredits(context);
        Map<Long, Long> lopend = new HashMap<>();
        for (Prestatie p : gegevens.debets(context)) {
            Toewijzing t = gegevens.toewijzing(context, p).orElse(null);
            OptionalLong maximum = t == null ? OptionalLong.empty() : Omvangrekening.maximumOverLooptijd(t);
            OptionalLong volume = t == null ? OptionalLong.empty() : inMeeteenheid(t, p.eenheid(), p.volume());
            if (maximum.isEmpty() || volume.isEmpty()) {
                continue;
            }
            long max = maximum.getAsLong() * Omvangrekening.factor(t.eenheid(), meeteenheid(t)).getAsLong();
            long eerder = lopend.computeIfAbsent(p.toewijzingNummer(), nr -> eerderToegekend(t, aanbieder, context, credits));
            if (eerder + volume.getAsLong() > max) {
                context.overtreding(p.record(), p.record().pad("GeleverdVolume"), "Met prestatie " + p.referentieNummer()
                        + " komt toewijzing " + p.toewijzingNummer() + " op " + (eerder + volume.getAsLong()) + " "
                        + Declaratiegegevens.eenheid(meeteenheid(t)) + ", meer dan de " + max + " "
                        + Declaratiegegevens.eenheid(meeteenheid(t)) + " over de hele looptijd (" + t.ingangsdatum()
                        + " t/m " + (t.einddatum() == null ? "open" : t.einddatum()) + "). Declareer niet meer dan is toegewezen.");
            } else {
                lopend.put(p.toewijzingNummer(), eerder + volume.getAsLong());
            }
        }
    }

    /** Net granted volume on the toewijzing, minus the credits of this message that cancel some of it. */
    private long eerderToegekend(Toewijzing t, String aanbieder, RegelContext context, List<Prestatie> credits) {
        long som = 0;
        for (Map.Entry<String, Long> e : gegevens.declaraties()
                .volumePerEenheid(aanbieder, t.gemeente(), t.toewijzingNummer()).entrySet()) {
            som += inMeeteenheid(t, e.getKey(), e.getValue()).orElse(0);
        }
        for (Prestatie c : credits) {
            if (c.toewijzingNummer() == t.toewijzingNummer()) {
                som -= inMeeteenheid(t, c.eenheid(), c.volume()).orElse(0);
            }
        }
        return som;
    }

    /** Minutes when the toewijzing is in hours (so minute claims add up exactly), else its own unit. */
    private static String meeteenheid(Toewijzing t) {
        return Omvangrekening.UUR.equals(t.eenheid()) ? Omvangrekening.MINUUT : t.eenheid();
    }

    private static OptionalLong inMeeteenheid(Toewijzing t, String eenheid, long volume) {
        OptionalLong naarToewijzing = Omvangrekening.factor(t.eenheid(), eenheid);
        if (naarToewijzing.isEmpty()) {
            return OptionalLong.empty();
        }
        long perToewijzingseenheid = Omvangrekening.factor(t.eenheid(), meeteenheid(t)).getAsLong();
        return OptionalLong.of(volume * perToewijzingseenheid / naarToewijzing.getAsLong());
    }
}
