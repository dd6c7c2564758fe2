package nl.twente.ijw.gateway.indicatoren;

import java.util.ArrayList;
import java.util.List;

/**
 * One indicator as the dashboard shows it: id (as in the indicator contract), Dutch name and
 * definition, unit ({@code aantal}, {@code aandeel}, {@code dagen} or {@code euro}).
 */
record Definitie(String id, String naam, String definitie, String eenheid) {

    /** The COD327 referrer types T2 reports on (there is no 07). */
    static final List<String> VERWIJZER_TYPES = List.of("01", "02", "03", "04", "05", "06", "08");

    /** Every indicator, in the order of the contract. */
    static final List<Definitie> ALLE = alle();

    static boolean bestaat(String id) {
        return ALLE.stream().anyMatch(d -> d.id().equals(id));
    }

    private static List<Definitie> alle() {
        List<Definitie> d = new ArrayList<>();
        d.add(new Definitie("V1", "Jeugdigen in verblijf",
                "Aantal verschillende jeugdigen met ten minste één etmaal jeugdhulp met verblijf (VERBLIJF) in het jaar.", "aantal"));
        d.add(new Definitie("V2", "Jeugdigen met een ambulant alternatief",
                "Aantal verschillende jeugdigen met ten minste één dag AMBULANT_ALTERNATIEF (intensieve hulp thuis, deeltijdverblijf) in het jaar.", "aantal"));
        d.add(new Definitie("V3", "Etmalen in verblijf",
                "Som van de etmalen VERBLIJF in het jaar (nachten: de begindag telt, de einddag niet; pauzes tellen niet).", "dagen"));
        d.add(new Definitie("V4", "Geen doorplaatsing",
                "Aandeel van de jeugdigen in verblijf (V1) zonder doorplaatsing in het jaar: een verblijfstraject dat eindigt met reden 38, "
                        + "of dat binnen de overstaptermijn gevolgd wordt door verblijf bij een andere aanbieder of in een ander product.", "aandeel"));
        d.add(new Definitie("V5", "Screening op tijd",
                "Aandeel van de screeningstrajecten die in het jaar begonnen binnen de norm (28 dagen na de toewijzing).", "aandeel"));
        d.add(new Definitie("V6", "Plaatsing op tijd",
                "Aandeel van de verblijfstrajecten die in het jaar begonnen binnen de norm (42 dagen na de toewijzing).", "aandeel"));
        d.add(new Definitie("V7", "Wachtlijst",
                "Aantal toewijzingen zonder start op de peildatum (de peildatum of 31 december) waarvan de wachttijd de norm van het (sub)segment overschrijdt.", "aantal"));
        d.add(new Definitie("V8", "Herinstroom",
                "Aantal verschillende jeugdigen met een zorgepisode die in het jaar begint en voorafgegaan wordt door een eerdere episode "
                        + "(episodes: toewijzingsperioden, samengevoegd bij een tussenpoos korter dan 183 dagen).", "aantal"));
        d.add(new Definitie("V9", "Kosten per jeugdige in verblijf",
                "Kosten van VERBLIJF in het jaar (toegekende declaraties, anders etmalen × tarief uit de productcatalogus) gedeeld door V1.", "euro"));
        d.add(new Definitie("V10.wonen", "Uitstroom naar wonen",
                "Aandeel van de in het jaar beëindigde verblijfstrajecten (geen doorplaatsing) gevolgd door een WONEN-traject binnen 30 dagen.", "aandeel"));
        d.add(new Definitie("V10.ander-domein", "Uitstroom naar een ander domein",
                "Aandeel van de in het jaar beëindigde verblijfstrajecten (geen doorplaatsing, niet naar wonen) beëindigd met reden 39 (Wmo, Wlz, Zvw).", "aandeel"));
        d.add(new Definitie("V10.thuis", "Uitstroom naar huis",
                "Aandeel van de in het jaar beëindigde verblijfstrajecten (geen doorplaatsing) dat niet naar wonen of een ander domein uitstroomt.", "aandeel"));
        d.add(new Definitie("A1.begeleiding.gemiddeld", "Trajectduur begeleiding (gemiddeld)",
                "Gemiddelde duur in dagen van de in het jaar beëindigde ambulante begeleidingstrajecten.", "dagen"));
        d.add(new Definitie("A1.begeleiding.mediaan", "Trajectduur begeleiding (mediaan)",
                "Mediane duur in dagen van de in het jaar beëindigde ambulante begeleidingstrajecten.", "dagen"));
        d.add(new Definitie("A1.behandeling.gemiddeld", "Trajectduur behandeling (gemiddeld)",
                "Gemiddelde duur in dagen van de in het jaar beëindigde ambulante behandeltrajecten.", "dagen"));
        d.add(new Definitie("A1.behandeling.mediaan", "Trajectduur behandeling (mediaan)",
                "Mediane duur in dagen van de in het jaar beëindigde ambulante behandeltrajecten.", "dagen"));
        d.add(new Definitie("A2", "Herinstroom ambulant",
                "Herinstroom (V8) van episodes waarvan het eerste traject ambulant (AMBULANT) is.", "aantal"));
        d.add(new Definitie("A3", "Jeugdigen met ambulante hulp",
                "Aantal verschillende jeugdigen met ten minste één dag AMBULANT in het jaar (zonder AMBULANT_ALTERNATIEF).", "aantal"));
        d.add(new Definitie("A4", "Kosten ambulant",
                "Kosten van AMBULANT in het jaar (toegekende declaraties, anders dagen × tarief uit de productcatalogus).", "euro"));
        d.add(new Definitie("A5.dyslexie", "Start op tijd: dyslexie",
                "Aandeel van de dyslexietrajecten die in het jaar begonnen binnen 42 dagen na de toewijzing.", "aandeel"));
        d.add(new Definitie("A5.behandeling", "Start op tijd: behandeling",
                "Aandeel van de ambulante behandeltrajecten die in het jaar begonnen binnen 98 dagen na de toewijzing.", "aandeel"));
        d.add(new Definitie("A5.begeleiding", "Start op tijd: begeleiding",
                "Aandeel van de ambulante begeleidingstrajecten die in het jaar begonnen binnen 14 dagen na de toewijzing.", "aandeel"));
        d.add(new Definitie("A6", "Doorverwijzing",
                "Aantal verschillende jeugdigen van wie een in het jaar beëindigd ambulant traject binnen 30 dagen gevolgd wordt door een traject "
                        + "bij een andere aanbieder of in een zwaarder segment (VERBLIJF, AMBULANT_ALTERNATIEF, WONEN, CRISIS).", "aantal"));
        d.add(new Definitie("T1.verzoeken", "Verzoeken om toewijzing",
                "Aantal geaccepteerde verzoeken om toewijzing (JW315, per aangevraagd product) met dagtekening in het jaar.", "aantal"));
        d.add(new Definitie("T1.toegewezen", "Verzoeken toegewezen",
                "Aandeel van die verzoeken dat beantwoord is met een toewijzing (JW301 met de ReferentieAanbieder van het verzoek).", "aandeel"));
        d.add(new Definitie("T1.afgewezen", "Verzoeken afgewezen",
                "Aandeel van die verzoeken dat afgewezen is (JW319 met VerzoekAntwoord 1).", "aandeel"));
        d.add(new Definitie("T1.dagen-mediaan", "Doorlooptijd verzoek",
                "Mediaan van het aantal dagen van de dagtekening van het verzoek tot het antwoord (toewijzingsdatum of dagtekening van de afwijzing).", "dagen"));
        for (String type : VERWIJZER_TYPES) {
            d.add(new Definitie("T2." + type, "Verwijzer " + type,
                    "Aantal trajecten dat in het jaar begon met verwijzer type " + type + " (COD327).", "aantal"));
        }
        d.add(new Definitie("T2.onbekend", "Verwijzer onbekend",
                "Aantal trajecten dat in het jaar begon en waarvan de verwijzer onbekend is.", "aantal"));
        d.add(new Definitie("T3", "Crises", "Aantal CRISIS-trajecten dat in het jaar begon.", "aantal"));
        d.add(new Definitie("T4", "Gezinnen die terugkomen", "Herinstroom (gelijk aan V8), vooral per gemeente.", "aantal"));
        return List.copyOf(d);
    }
}
