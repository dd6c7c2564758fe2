package nl.twente.ijw.gateway.dashboard;

/** The dashboard's filters; null means: the whole region / every provider / every segment. */
public record Selectie(String gemeente, String aanbieder, String segment) {

    public static final Selectie REGIO = new Selectie(null, null, null);

    public Selectie {
        gemeente = leegIsNull(gemeente);
        aanbieder = leegIsNull(aanbieder);
        segment = leegIsNull(segment);
    }

    private static String leegIsNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
