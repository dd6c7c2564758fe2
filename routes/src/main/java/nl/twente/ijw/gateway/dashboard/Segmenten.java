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

    static String label(String segment) {
        if (segment == null) {
            return "";
        }
        return LABELS.getOrDefault(segment, segment.charAt(0) + segment.substring(1).toLowerCase().replace('_', ' '));
    }
}
