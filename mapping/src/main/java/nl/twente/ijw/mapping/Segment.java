package nl.twente.ijw.mapping;

/** The segments of the regional indicators (design/INDICATORS.md §2) a product belongs to. */
public enum Segment {
    VERBLIJF,
    /** Intensive home support and part-time stays that replace verblijf or wonen: by product code only. */
    AMBULANT_ALTERNATIEF,
    AMBULANT,
    /** Begeleid and beschermd wonen for youths: by product code only. */
    WONEN,
    CRISIS,
    JEUGDBESCHERMING,
    JEUGDRECLASSERING,
    OVERIG
}
