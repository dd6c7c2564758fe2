package nl.twente.ijw.gateway.dashboard;

import java.util.Map;

/** Dutch labels of the segments (mapping's Segment names) for the filter and the tables. */
final class Segmenten {

    private static final Map<String, String> LABELS = Map.of(
            "VERBLIJF", "Verblijf",
            "AMBULANT_ALTERNATIEF", "Ambulante alternatieven",
            "AMBULANT", "Ambulant",
            "WONEN", "Wonen",
            "CRISIS", "Crisis",
            "JEUGDBESCHERMING", "Jeugdbescherming",
            "JEUGDRECLASSERING", "Jeugdreclassering",
            "OVERIG", "Overig");

    private Segmenten() {
    }

    /** A subsegment name from the catalogue (RESIDENTIEEL, DRIE_MILIEU) as words: Residentieel, Drie milieu. */
    static String subsegment(String subsegment) {
        if (subsegment == null || subsegment.isBlank()) {
            return "";
        }
        String woorden = subsegment.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(woorden.charAt(0)) + woorden.substring(1);
    }

    static String label(String segment) {
        if (segment == null) {
            return "";
        }
        return LABELS.getOrDefault(segment, segment.charAt(0) + segment.substring(1).toLowerCase().replace('_', ' '));
    }
}
