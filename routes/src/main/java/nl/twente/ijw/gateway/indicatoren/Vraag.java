package nl.twente.ijw.gateway.indicatoren;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import nl.twente.ijw.mapping.Segment;

/**
 * The parameters of an indicator question, read and checked the same way for the API and the
 * command line. Anything wrong is an {@link OngeldigeVraag} with a Dutch message for the user.
 */
record Vraag(int jaar, Filter filter, LocalDate peildatum) {

    private static final Pattern JAAR = Pattern.compile("[12][0-9]{3}");
    private static final Pattern GEMEENTE = Pattern.compile("[0-9]{4}");
    private static final Pattern AANBIEDER = Pattern.compile("[0-9]{8}");
    private static final Pattern SUBSEGMENT = Pattern.compile("[A-Z0-9_]+");

    /** Bad parameters: answered with 400 (API) or exit code 2 (command line). */
    static final class OngeldigeVraag extends RuntimeException {
        OngeldigeVraag(String melding) {
            super(melding);
        }
    }

    static Vraag lees(String jaar, String gemeente, String aanbieder, String segment, String subsegment,
                      String peildatum, LocalDate vandaag) {
        if (jaar == null || jaar.isBlank()) {
            throw new OngeldigeVraag("De parameter jaar ontbreekt (bijvoorbeeld jaar=2025).");
        }
        if (!JAAR.matcher(jaar.trim()).matches()) {
            throw new OngeldigeVraag("jaar moet een jaartal zijn (bijvoorbeeld 2025), niet '" + jaar + "'.");
        }
        return new Vraag(Integer.parseInt(jaar.trim()), filter(gemeente, aanbieder, segment, subsegment),
                peildatum(peildatum, vandaag));
    }

    static Filter filter(String gemeente, String aanbieder, String segment, String subsegment) {
        if (leeg(gemeente) == null ? false : !GEMEENTE.matcher(gemeente).matches()) {
            throw new OngeldigeVraag("gemeente moet een CBS-gemeentecode van vier cijfers zijn, niet '" + gemeente + "'.");
        }
        if (leeg(aanbieder) == null ? false : !AANBIEDER.matcher(aanbieder).matches()) {
            throw new OngeldigeVraag("aanbieder moet een AGB-code van acht cijfers zijn, niet '" + aanbieder + "'.");
        }
        if (leeg(segment) != null) {
            try {
                Segment.valueOf(segment);
            } catch (IllegalArgumentException e) {
                throw new OngeldigeVraag("segment '" + segment + "' is geen van " + java.util.List.of(Segment.values()) + ".");
            }
        }
        if (leeg(subsegment) == null ? false : !SUBSEGMENT.matcher(subsegment).matches()) {
            throw new OngeldigeVraag("subsegment '" + subsegment + "': alleen hoofdletters, cijfers en '_'.");
        }
        return new Filter(leeg(gemeente), leeg(aanbieder), leeg(segment), leeg(subsegment));
    }

    static LocalDate peildatum(String peildatum, LocalDate vandaag) {
        if (leeg(peildatum) == null) {
            return vandaag;
        }
        try {
            return LocalDate.parse(peildatum.trim());
        } catch (DateTimeParseException e) {
            throw new OngeldigeVraag("peildatum moet een datum JJJJ-MM-DD zijn, niet '" + peildatum + "'.");
        }
    }

    private static String leeg(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde;
    }
}
