package nl.twente.ijw.gateway.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws one indicator's series by year as an inline SVG bar chart: a y axis with round ticks,
 * one bar per year with its value written above it (the selected year darker), and the target
 * as a dashed line. Suppressed years get no bar but the suppression text, so a reader sees why.
 * Server-side, so the page needs no script and no library at run time.
 */
public final class Grafiek {

    static final int BREEDTE = 360;
    static final int HOOGTE = 190;
    private static final int BOVEN = 22;
    private static final int ONDER = 26;
    private static final int RECHTS = 10;

    /** One year of the series; {@code doel} is the target for that year, null when there is none. */
    public record Punt(int jaar, Number waarde, boolean onderdrukt, Number doel) {
    }

    private Grafiek() {
    }

    /**
     * The SVG element. {@code sleutel} makes the element ids unique on the page; {@code omschrijving}
     * is the chart's accessible name.
     */
    public static String svg(String sleutel, String omschrijving, List<Punt> punten, String eenheid,
                             int geselecteerdJaar, int minCelgrootte) {
        double max = 0;
        for (Punt p : punten) {
            if (p.waarde() != null) {
                max = Math.max(max, p.waarde().doubleValue());
            }
            if (p.doel() != null) {
                max = Math.max(max, p.doel().doubleValue());
            }
        }
        boolean aandeel = "aandeel".equals(eenheid);
        double stap = aandeel ? 0.25 : rondeStap(max);
        if ("aantal".equals(eenheid) || eenheid == null) {
            stap = Math.max(1, stap); // no half youths on the axis
        }
        double top = aandeel ? 1.0 : Math.max(stap, Math.ceil(max / stap) * stap);
        if (!aandeel && top <= max) {
            top += stap;
        }
        int links = "euro".equals(eenheid) ? 64 : 48;
        double plotB = BREEDTE - links - RECHTS;
        double plotH = HOOGTE - BOVEN - ONDER;
        double basis = BOVEN + plotH;
        double schaal = plotH / top;

        String id = "g-" + sleutel.replaceAll("[^A-Za-z0-9_-]", "-");
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"grafiek\" viewBox=\"0 0 ").append(BREEDTE).append(' ').append(HOOGTE)
                .append("\" width=\"").append(BREEDTE).append("\" height=\"").append(HOOGTE)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\">");
        s.append("<title id=\"").append(id).append("-t\">").append(Html.tekst(omschrijving)).append("</title>");
        s.append("<desc id=\"").append(id).append("-d\">").append(Html.tekst(beschrijving(punten, eenheid, minCelgrootte)))
                .append("</desc>");

        // y axis: grid lines with labels
        for (double t = 0; t <= top + stap / 1000; t += stap) {
            double y = basis - t * schaal;
            s.append("<line class=\"raster\" x1=\"").append(links).append("\" x2=\"").append(getal(BREEDTE - RECHTS))
                    .append("\" y1=\"").append(getal(y)).append("\" y2=\"").append(getal(y)).append("\"/>");
            s.append("<text class=\"as\" x=\"").append(links - 6).append("\" y=\"").append(getal(y + 4))
                    .append("\" text-anchor=\"end\">").append(Html.tekst(Getallen.asLabel(asWaarde(t, eenheid), eenheid)))
                    .append("</text>");
        }

        int n = Math.max(1, punten.size());
        double vak = plotB / n;
        double balk = Math.min(44, vak * 0.6);
        List<double[]> doelpunten = new ArrayList<>();
        // Value labels are written last, so the target line never covers them.
        StringBuilder labels = new StringBuilder();
        for (int i = 0; i < punten.size(); i++) {
            Punt p = punten.get(i);
            double midden = links + vak * i + vak / 2;
            String klasse = p.jaar() == geselecteerdJaar ? "balk gekozen" : "balk";
            if (p.onderdrukt()) {
                labels.append("<text class=\"label onderdrukt\" x=\"").append(getal(midden)).append("\" y=\"").append(getal(basis - 6))
                        .append("\" text-anchor=\"middle\">").append(Html.tekst(Getallen.onderdrukt(minCelgrootte))).append("</text>");
            } else if (p.waarde() == null) {
                labels.append("<text class=\"label leeg\" x=\"").append(getal(midden)).append("\" y=\"").append(getal(basis - 6))
                        .append("\" text-anchor=\"middle\">").append(Getallen.GEEN).append("</text>");
            } else {
                double h = Math.max(0, p.waarde().doubleValue()) * schaal;
                s.append("<rect class=\"").append(klasse).append("\" x=\"").append(getal(midden - balk / 2))
                        .append("\" y=\"").append(getal(basis - h)).append("\" width=\"").append(getal(balk))
                        .append("\" height=\"").append(getal(h)).append("\"/>");
                labels.append("<text class=\"label\" x=\"").append(getal(midden)).append("\" y=\"").append(getal(basis - h - 5))
                        .append("\" text-anchor=\"middle\">").append(Html.tekst(Getallen.waarde(p.waarde(), eenheid)))
                        .append("</text>");
            }
            s.append("<text class=\"as\" x=\"").append(getal(midden)).append("\" y=\"").append(HOOGTE - 8)
                    .append("\" text-anchor=\"middle\">").append(p.jaar()).append("</text>");
            if (p.doel() != null) {
                double y = basis - Math.max(0, p.doel().doubleValue()) * schaal;
                doelpunten.add(new double[] {midden, y});
            }
        }
        if (!doelpunten.isEmpty()) {
            StringBuilder lijn = new StringBuilder();
            double[] eerste = doelpunten.get(0);
            double[] laatste = doelpunten.get(doelpunten.size() - 1);
            // The target line reaches the edges of the first and last year's slot, so one year is visible too.
            lijn.append(getal(eerste[0] - vak / 2)).append(',').append(getal(eerste[1]));
            for (double[] d : doelpunten) {
                lijn.append(' ').append(getal(d[0])).append(',').append(getal(d[1]));
            }
            lijn.append(' ').append(getal(laatste[0] + vak / 2)).append(',').append(getal(laatste[1]));
            s.append("<polyline class=\"doel\" points=\"").append(lijn).append("\"/>");
        }
        s.append(labels);
        s.append("<line class=\"basislijn\" x1=\"").append(links).append("\" x2=\"").append(getal(BREEDTE - RECHTS))
                .append("\" y1=\"").append(getal(basis)).append("\" y2=\"").append(getal(basis)).append("\"/>");
        s.append("</svg>");
        return s.toString();
    }

    /** The series in words, for screen readers: "2024: 150; 2025: 123 (streefwaarde 139)". */
    static String beschrijving(List<Punt> punten, String eenheid, int minCelgrootte) {
        List<String> delen = new ArrayList<>();
        for (Punt p : punten) {
            String w = p.onderdrukt() ? Getallen.onderdrukt(minCelgrootte) : Getallen.waarde(p.waarde(), eenheid);
            String deel = p.jaar() + ": " + w;
            if (p.doel() != null) {
                deel += " (streefwaarde " + Getallen.waarde(p.doel(), eenheid) + ")";
            }
            delen.add(deel);
        }
        return String.join("; ", delen);
    }

    /** A round step (1, 2, 2.5 or 5 times a power of ten) giving about four grid lines. */
    static double rondeStap(double max) {
        if (max <= 0) {
            return 1;
        }
        double ruw = max / 4;
        double macht = Math.pow(10, Math.floor(Math.log10(ruw)));
        double stap = macht;
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            stap = f * macht;
            if (stap >= ruw) {
                break;
            }
        }
        return stap;
    }

    private static Number asWaarde(double t, String eenheid) {
        if ("aandeel".equals(eenheid) || "euro".equals(eenheid) || "dagen".equals(eenheid)) {
            return BigDecimal.valueOf(t).stripTrailingZeros();
        }
        return t == Math.rint(t) ? (Number) (long) t : (Number) t;
    }

    private static String getal(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
