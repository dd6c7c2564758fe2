package nl.twente.ijw.simulator;

import nl.twente.ijw.mapping.Segment;

/**
 * The forms of care the simulator plans, each tied to a segment (and subsegment) of mapping's
 * product catalogue, with its typical waiting time, duration and toewijzing length. The yearly
 * trends are what a region hopes for: shorter waits for verblijf and shorter ambulant
 * trajectories (factor {@code (1 + trend)^(year - 2023)}).
 */
enum Zorgvorm {
    //                  segment                       subsegment     wacht  trend   duur  trend  maanden
    SCREENING(Segment.AMBULANT, "SCREENING", 16, -0.05, 45, 0.0, 3),
    BEGELEIDING(Segment.AMBULANT, "BEGELEIDING", 9, -0.03, 200, -0.06, 6),
    BEHANDELING(Segment.AMBULANT, "BEHANDELING", 50, -0.04, 230, -0.06, 12),
    DYSLEXIE(Segment.AMBULANT, "DYSLEXIE", 28, -0.03, 290, 0.0, 12),
    VERBLIJF(Segment.VERBLIJF, null, 26, -0.08, 290, -0.06, 12),
    AMBULANT_ALTERNATIEF(Segment.AMBULANT_ALTERNATIEF, null, 12, 0.0, 170, 0.0, 6),
    WONEN(Segment.WONEN, null, 20, 0.0, 400, 0.0, 12),
    CRISIS(Segment.CRISIS, null, 0, 0.0, 21, 0.0, 1),
    JEUGDBESCHERMING(Segment.JEUGDBESCHERMING, null, 2, 0.0, 360, 0.0, 12),
    JEUGDRECLASSERING(Segment.JEUGDRECLASSERING, null, 2, 0.0, 190, 0.0, 6);

    final Segment segment;
    final String subsegment;
    private final double wachtMediaan;
    private final double wachtTrend;
    private final double duurMediaan;
    private final double duurTrend;
    final int maanden;

    Zorgvorm(Segment segment, String subsegment, double wachtMediaan, double wachtTrend, double duurMediaan,
             double duurTrend, int maanden) {
        this.segment = segment;
        this.subsegment = subsegment;
        this.wachtMediaan = wachtMediaan;
        this.wachtTrend = wachtTrend;
        this.duurMediaan = duurMediaan;
        this.duurTrend = duurTrend;
        this.maanden = maanden;
    }

    /** Days from Toewijzingsdatum to Begindatum. */
    int wachttijd(Kans kans, int jaar) {
        if (this == CRISIS) {
            return kans.tussen(0, 1);
        }
        return kans.lognormaal(wachtMediaan * factor(wachtTrend, jaar), 0.7, 0, 240);
    }

    /** Days from Begindatum to the stop (Einddatum). */
    int duur(Kans kans, int jaar) {
        return kans.lognormaal(duurMediaan * factor(duurTrend, jaar), 0.55, this == CRISIS ? 3 : 14, 1100);
    }

    private static double factor(double trend, int jaar) {
        return Math.pow(1 + trend, Math.max(0, jaar - 2023));
    }
}
