package nl.twente.ijw.gateway.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Every number the dashboard shows is written here, the Dutch way: 1.234 for counts, 87,5% for
 * shares, 45,5 for days and € 1.234,56 for money. Rounding is half up, as a reader expects.
 */
public final class Getallen {

    /** Shown where there is no value (a share with denominator 0, a year without data). */
    public static final String GEEN = "–";

    private static final DecimalFormatSymbols NL = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"));

    private Getallen() {
    }

    /** A value in the unit of its indicator: aantal, aandeel, dagen or euro. */
    public static String waarde(Number waarde, String eenheid) {
        if (waarde == null) {
            return GEEN;
        }
        return switch (eenheid == null ? "aantal" : eenheid) {
            case "aandeel" -> procent(waarde);
            case "euro" -> euro(waarde);
            case "dagen" -> decimaal(waarde);
            default -> aantal(waarde);
        };
    }

    /** A count: 1.234; a non-whole count (a mean) gets one decimal: 12,5. */
    public static String aantal(Number n) {
        return decimaal(n);
    }

    /** At most one decimal: 45 or 45,5 (thousands grouped: 1.234,5). */
    public static String decimaal(Number n) {
        return formaat("#,##0.#").format(decimaalVan(n));
    }

    /** A fraction 0..1 as a percentage with at most one decimal: 0.875 → 87,5%, 1.0 → 100%. */
    public static String procent(Number fractie) {
        return formaat("#,##0.#").format(decimaalVan(fractie).movePointRight(2)) + "%";
    }

    /** Euro with cents: € 1.234,56. */
    public static String euro(Number bedrag) {
        return "€ " + formaat("#,##0.00").format(decimaalVan(bedrag));
    }

    /** An axis tick of a chart: as {@link #waarde}, but whole euros without cents (€ 20.000). */
    public static String asLabel(Number waarde, String eenheid) {
        if ("euro".equals(eenheid) && waarde != null && decimaalVan(waarde).stripTrailingZeros().scale() <= 0) {
            return "€ " + formaat("#,##0").format(decimaalVan(waarde));
        }
        return waarde(waarde, eenheid);
    }

    /** The text shown instead of a suppressed cell: "&lt; 5" for the default minimum cell size 5. */
    public static String onderdrukt(int minCelgrootte) {
        return "< " + minCelgrootte;
    }

    /** The exact value as the API writes it, for the page's machine-readable data attributes. */
    public static String exact(Number n) {
        if (n == null) {
            return "";
        }
        if (n instanceof Double || n instanceof Float) {
            return Double.toString(n.doubleValue());
        }
        return n.toString();
    }

    private static BigDecimal decimaalVan(Number n) {
        if (n instanceof BigDecimal b) {
            return b;
        }
        if (n instanceof Double || n instanceof Float) {
            // Via the shortest decimal text of the double: 0.875 rounds to 87,5%, not 87,4%.
            return new BigDecimal(Double.toString(n.doubleValue()));
        }
        return BigDecimal.valueOf(n.longValue());
    }

    private static DecimalFormat formaat(String patroon) {
        DecimalFormat f = new DecimalFormat(patroon, NL);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }
}
