package nl.twente.ijw.gateway.indicatoren;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every choice that design/INDICATORS.md marks "(choice)", as configuration ({@code ijw.indicatoren.*}).
 * The defaults in code are the ones of INDICATORS.md and the indicator contract; docs/indicatoren.md
 * lists them all.
 */
@ConfigurationProperties(prefix = "ijw.indicatoren")
public class IndicatorProperties {

    /** How the days of a trajectory in a year are counted. */
    public enum Etmaaltelling {
        /** Nights: the start day counts, the end day not; a same-day start and stop counts 1. */
        NACHTEN,
        /** Calendar days: start and end day both count. */
        KALENDERDAGEN
    }

    /** Cells with at least 1 and fewer than this many distinct clients are suppressed. */
    private int minCellSize = 5;
    /** Gap in days (next Ingangsdatum − previous Einddatum − 1) from which a new care episode begins. */
    private int reentryGap = 183;
    /** V4: days from the end of a VERBLIJF trajectory to the next one that make it a transfer. */
    private int transferWindow = 14;
    /** V10: days from the end of a VERBLIJF trajectory to a WONEN trajectory (naar wonen). */
    private int uitstroomWindow = 30;
    /** A6: days from the end of an AMBULANT trajectory to the next trajectory that make it a referral on. */
    private int doorverwijsWindow = 30;
    private Etmaaltelling etmaaltelling = Etmaaltelling.NACHTEN;
    /**
     * Waiting norms in days per subsegment (AMBULANT) or segment (VERBLIJF): V5, V6, V7, A5. A
     * trajectory takes the norm of its subsegment group first, else of its segment; other segments
     * have no norm.
     */
    private Map<String, Integer> normen = new LinkedHashMap<>(Map.of(
            "SCREENING", 28, "DYSLEXIE", 42, "BEHANDELING", 98, "BEGELEIDING", 14, "VERBLIJF", 42));
    /**
     * Subsegment groups: a subsegment belongs to a group when it equals one of the names or starts
     * with one of them followed by '_' (e.g. BEGELEIDING_GROEP).
     */
    private Map<String, List<String>> groepen = new LinkedHashMap<>(Map.of(
            "BEGELEIDING", List.of("BEGELEIDING"), "BEHANDELING", List.of("BEHANDELING"),
            "DYSLEXIE", List.of("DYSLEXIE"), "SCREENING", List.of("SCREENING")));
    /** A6: the segments heavier than AMBULANT. */
    private List<String> zwaardereSegmenten = new ArrayList<>(List.of("VERBLIJF", "AMBULANT_ALTERNATIEF", "WONEN", "CRISIS"));
    /** Baseline year shown for indicators whose target names none. */
    private int basisjaar = 2024;
    /** Targets per indicator id (after its target year a relative target keeps its percentage). */
    private Map<String, Doel> doelen = standaardDoelen();

    /** How a relative target runs from the baseline (100%) to its percentage in the target year. */
    public enum Pad { LINEAIR, SAMENGESTELD }

    /** Kind of target: relative to a baseline year, an absolute threshold, or none (reported only). */
    public enum Soort { RELATIEF, ABSOLUUT, GEEN }

    /** One target (streefwaarde). */
    public static class Doel {
        private Soort soort = Soort.GEEN;
        /** The text shown as streefwaarde. */
        private String tekst;
        private Integer basisjaar;
        private Integer doeljaar;
        /** RELATIEF: percentage of the baseline value in the target year. */
        private BigDecimal percentage;
        /** ABSOLUUT: the threshold. */
        private BigDecimal drempel;
        /** true: the value must be at least the target (≥); false: at most (≤). */
        private boolean minimum;
        private Pad pad = Pad.LINEAIR;

        public Doel() {
        }

        static Doel relatief(int basisjaar, int doeljaar, int percentage, boolean minimum, String tekst) {
            Doel d = new Doel();
            d.soort = Soort.RELATIEF;
            d.basisjaar = basisjaar;
            d.doeljaar = doeljaar;
            d.percentage = BigDecimal.valueOf(percentage);
            d.minimum = minimum;
            d.tekst = tekst;
            return d;
        }

        static Doel absoluut(String drempel, boolean minimum, String tekst) {
            Doel d = new Doel();
            d.soort = Soort.ABSOLUUT;
            d.drempel = new BigDecimal(drempel);
            d.minimum = minimum;
            d.tekst = tekst;
            return d;
        }

        public Soort getSoort() {
            return soort;
        }

        public void setSoort(Soort soort) {
            this.soort = soort;
        }

        public String getTekst() {
            return tekst;
        }

        public void setTekst(String tekst) {
            this.tekst = tekst;
        }

        public Integer getBasisjaar() {
            return basisjaar;
        }

        public void setBasisjaar(Integer basisjaar) {
            this.basisjaar = basisjaar;
        }

        public Integer getDoeljaar() {
            return doeljaar;
        }

        public void setDoeljaar(Integer doeljaar) {
            this.doeljaar = doeljaar;
        }

        public BigDecimal getPercentage() {
            return percentage;
        }

        public void setPercentage(BigDecimal percentage) {
            this.percentage = percentage;
        }

        public BigDecimal getDrempel() {
            return drempel;
        }

        public void setDrempel(BigDecimal drempel) {
            this.drempel = drempel;
        }

        public boolean isMinimum() {
            return minimum;
        }

        public void setMinimum(boolean minimum) {
            this.minimum = minimum;
        }

        public Pad getPad() {
            return pad;
        }

        public void setPad(Pad pad) {
            this.pad = pad;
        }
    }

    /** The targets of INDICATORS.md §3 (seed 002). */
    static Map<String, Doel> standaardDoelen() {
        Map<String, Doel> d = new LinkedHashMap<>();
        d.put("V1", Doel.relatief(2024, 2027, 70, false, "2027 ≤ 70% van 2024"));
        // The seed's +10% a year and 140% in 2028 do not add up: linear path to 140% of 2025 in 2028.
        d.put("V2", Doel.relatief(2025, 2028, 140, true, "2028 ≥ 140% van 2025 (+10% per jaar, lineair)"));
        d.put("V3", Doel.relatief(2024, 2027, 85, false, "2027 ≤ 85% van 2024 (−5% per jaar)"));
        d.put("V4", Doel.absoluut("0.9", true, "≥ 90%"));
        d.put("V5", Doel.absoluut("1.0", true, "100%"));
        d.put("V6", Doel.absoluut("0.9", true, "≥ 90%"));
        d.put("V7", Doel.absoluut("0", false, "0"));
        d.put("V8", Doel.relatief(2024, 2027, 85, false, "2027 ≤ 85% van 2024 (−5% per jaar)"));
        // "A falling trend by 2027": at most the 2024 value.
        d.put("V9", Doel.relatief(2024, 2027, 100, false, "dalende trend: 2027 ≤ 2024"));
        for (String a1 : List.of("A1.begeleiding.gemiddeld", "A1.begeleiding.mediaan", "A1.behandeling.gemiddeld",
                "A1.behandeling.mediaan")) {
            d.put(a1, Doel.relatief(2024, 2028, 80, false, "2028 ≤ 80% van 2024"));
        }
        d.put("A2", Doel.relatief(2024, 2028, 80, false, "2028 ≤ 80% van 2024"));
        d.put("A3", Doel.relatief(2024, 2028, 90, false, "2028 ≤ 90% van 2024"));
        d.put("A4", Doel.relatief(2024, 2028, 90, false, "2028 ≤ 90% van 2024"));
        for (String a5 : List.of("A5.dyslexie", "A5.behandeling", "A5.begeleiding")) {
            d.put(a5, Doel.absoluut("0.9", true, "≥ 90%"));
        }
        return d;
    }

    public int getMinCellSize() {
        return minCellSize;
    }

    public void setMinCellSize(int minCellSize) {
        this.minCellSize = minCellSize;
    }

    public int getReentryGap() {
        return reentryGap;
    }

    public void setReentryGap(int reentryGap) {
        this.reentryGap = reentryGap;
    }

    public int getTransferWindow() {
        return transferWindow;
    }

    public void setTransferWindow(int transferWindow) {
        this.transferWindow = transferWindow;
    }

    public int getUitstroomWindow() {
        return uitstroomWindow;
    }

    public void setUitstroomWindow(int uitstroomWindow) {
        this.uitstroomWindow = uitstroomWindow;
    }

    public int getDoorverwijsWindow() {
        return doorverwijsWindow;
    }

    public void setDoorverwijsWindow(int doorverwijsWindow) {
        this.doorverwijsWindow = doorverwijsWindow;
    }

    public Etmaaltelling getEtmaaltelling() {
        return etmaaltelling;
    }

    public void setEtmaaltelling(Etmaaltelling etmaaltelling) {
        this.etmaaltelling = etmaaltelling;
    }

    public Map<String, Integer> getNormen() {
        return normen;
    }

    public void setNormen(Map<String, Integer> normen) {
        this.normen = normen;
    }

    public Map<String, List<String>> getGroepen() {
        return groepen;
    }

    public void setGroepen(Map<String, List<String>> groepen) {
        this.groepen = groepen;
    }

    public List<String> getZwaardereSegmenten() {
        return zwaardereSegmenten;
    }

    public void setZwaardereSegmenten(List<String> zwaardereSegmenten) {
        this.zwaardereSegmenten = zwaardereSegmenten;
    }

    public int getBasisjaar() {
        return basisjaar;
    }

    public void setBasisjaar(int basisjaar) {
        this.basisjaar = basisjaar;
    }

    public Map<String, Doel> getDoelen() {
        return doelen;
    }

    public void setDoelen(Map<String, Doel> doelen) {
        this.doelen = doelen;
    }
}
