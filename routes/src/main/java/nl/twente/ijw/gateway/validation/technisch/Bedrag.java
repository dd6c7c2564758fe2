package nl.twente.ijw.gateway.validation.technisch;

import nl.twente.ijw.gateway.validation.Record;

/** Amounts in euro cents with their DebetCredit sign (CDT_BedragMetDC, CDT_TotaalBedragMetDC): debit +, credit −. */
final class Bedrag {

    private Bedrag() {
    }

    /**
     * The signed amount of a CDT_BedragMetDC or CDT_TotaalBedragMetDC element.
     *
     * @param bedrag the composite element, e.g. IngediendBedrag
     * @param veld   its amount child: Bedrag or TotaalBedrag
     */
    static long getekend(Record bedrag, String veld) {
        long waarde = bedrag.getal(veld).orElseThrow();
        return isCredit(bedrag) ? -waarde : waarde;
    }

    static boolean isCredit(Record bedrag) {
        return bedrag.tekst("DebetCredit").map("C"::equals).orElse(false);
    }

    /** Cents as the sender reads them: 780,00 D / 50,00 C. */
    static String tekst(long getekend) {
        long abs = Math.abs(getekend);
        return String.format("%d,%02d %s", abs / 100, abs % 100, getekend < 0 ? "C" : "D");
    }
}
