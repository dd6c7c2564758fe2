package nl.twente.ijw.gateway.indicatoren;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Data updated for a few changed clients ({@link Gegevens#bijgewerkt}) gives every cell as the data
 * of the new state derived anew: the changed clients get new numbers (distinct clients are counted
 * by number), their declared amounts go with their new trajectories, and the cells kept from before
 * the change are those the change cannot touch. On the generated set of {@link BerekeningGelijkTest}.
 */
class BijgewerktGelijkTest {

    @Test
    void bijgewerktGeeftElkeCelAlsOpnieuwAfgeleid() {
        IndicatorProperties p = new IndicatorProperties();
        Map<String, Clientgegevens> na = BerekeningGelijkTest.gegevens();
        // before: seven clients did not exist yet, seven had one trajectory fewer and no declarations
        Map<String, Clientgegevens> voor = new LinkedHashMap<>();
        Set<String> gewijzigd = new HashSet<>();
        int i = 0;
        for (Map.Entry<String, Clientgegevens> e : na.entrySet()) {
            Clientgegevens c = e.getValue();
            if (i % 100 == 3) {
                gewijzigd.add(e.getKey());
            } else if (i % 100 == 50 && c.trajecten().size() > 1) {
                voor.put(e.getKey(), new Clientgegevens(c.trajecten().subList(0, c.trajecten().size() - 1),
                        c.verzoeken(), Map.of()));
                gewijzigd.add(e.getKey());
            } else {
                voor.put(e.getKey(), c);
            }
            i++;
        }
        Gegevens eerder = Gegevens.van(voor, BerekeningGelijkTest.PEILDATUM, p.getReentryGap());
        String vooraf = cellen(eerder, p);
        Gegevens bijgewerkt = eerder.bijgewerkt(na, gewijzigd);
        Gegevens opnieuw = Gegevens.van(na, BerekeningGelijkTest.PEILDATUM, p.getReentryGap());

        assertThat(bijgewerkt.bewaardeCellen()).as("cellen die de wijziging niet raakt blijven bewaard").isPositive();
        assertThat(cellen(bijgewerkt, p)).isEqualTo(cellen(opnieuw, p)).isNotEqualTo(vooraf);
        assertThat(cellen(opnieuw, p)).contains("null/null/null 2025 V1: 96 null 96\n",
                "null/null/null 2025 V9: 12577.50 96 5\n");
    }

    /** Every cell of every filter and year, through the data's cache (so kept cells are used). */
    private static String cellen(Gegevens g, IndicatorProperties p) {
        StringBuilder uit = new StringBuilder();
        for (Filter f : BerekeningGelijkTest.FILTERS) {
            for (int jaar = 2020; jaar <= 2026; jaar++) {
                int j = jaar;
                for (Definitie d : Definitie.ALLE) {
                    Uitkomst u = g.uitkomst(f, jaar, d.id(), () -> new Berekening(g, p, f, j, false));
                    uit.append(f.gemeente()).append('/').append(f.aanbieder()).append('/').append(f.segment())
                            .append(' ').append(jaar).append(' ').append(d.id()).append(": ").append(u.waarde())
                            .append(' ').append(u.noemer()).append(' ').append(u.clienten()).append('\n');
                }
            }
        }
        return uit.toString();
    }
}
