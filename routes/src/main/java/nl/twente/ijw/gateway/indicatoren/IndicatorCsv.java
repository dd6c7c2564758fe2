package nl.twente.ijw.gateway.indicatoren;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Cells as CSV (RFC 4180 quoting, comma, UTF-8, a newline after each line like the trajectory CSV), with the header of the indicator contract; null is empty. */
final class IndicatorCsv {

    static final String KOP = "id,jaar,gemeente,aanbieder,segment,subsegment,waarde,noemer,basisjaar,basiswaarde,"
            + "streefwaarde,oordeel,onderdrukt";

    private IndicatorCsv() {
    }

    static void schrijf(List<Cel> cellen, Writer uit) throws IOException {
        uit.write(KOP + "\n");
        for (Cel c : cellen) {
            uit.write(regel(c) + "\n");
        }
    }

    static String regel(Cel c) {
        return Stream.of(c.id(), c.jaar(), c.gemeente(), c.aanbieder(), c.segment(), c.subsegment(), getal(c.waarde()),
                        c.noemer(), c.basisjaar(), getal(c.basiswaarde()), c.streefwaarde(), c.oordeel(), c.onderdrukt())
                .map(IndicatorCsv::veld).collect(Collectors.joining(","));
    }

    /** Numbers as in the JSON: plain decimals, money with its two decimals. */
    private static String getal(Number n) {
        if (n instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return n == null ? null : n.toString();
    }

    private static String veld(Object waarde) {
        String s = Objects.toString(waarde, "");
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
