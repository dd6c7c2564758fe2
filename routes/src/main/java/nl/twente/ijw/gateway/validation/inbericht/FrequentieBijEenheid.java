package nl.twente.ijw.gateway.validation.inbericht;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.RegelContext;

/**
 * The one sentence behind CS338 (JW301, JW317) and CS343 (JW315): for units that are not counted
 * per day in practice — etmaal (14), dagdeel (16), euro's (83), stuks inspanning (84) — the
 * Frequentie is per week (2), per month (4) or total (6), once the end date is after 31-12-2020
 * or open.
 */
final class FrequentieBijEenheid {

    private static final Set<String> EENHEDEN = Set.of("14", "16", "83", "84");
    private static final Set<String> FREQUENTIES = Set.of("2", "4", "6");

    private FrequentieBijEenheid() {
    }

    static void controleer(RegelContext context, String regelcode, String... klassen) {
        for (Productregel regel : Productregel.in(context, klassen)) {
            Record omvang = regel.record().kind("Omvang").orElse(null);
            if (omvang == null || !regel.eindigtNa2020OfOpen()) {
                continue;
            }
            String eenheid = omvang.tekst("Eenheid").orElse("");
            String frequentie = omvang.tekst("Frequentie").orElse("");
            if (EENHEDEN.contains(eenheid) && !FREQUENTIES.contains(frequentie)) {
                context.overtreding(omvang, omvang.pad("Frequentie"), "Eenheid " + eenheid + " met Frequentie " + frequentie
                        + " en " + regel.einddatumTekst() + ". Bij eenheid 14, 16, 83 of 84 is de Frequentie 2 (per week), "
                        + "4 (per maand) of 6 (totaal binnen de geldigheidsduur) (" + regelcode + ").");
            }
        }
    }
}
