package nl.twente.ijw.gateway.indicatoren;

import java.util.Objects;

/**
 * Which trajectories make up a cell: the toewijzing's gemeente, its Ontvanger (aanbieder), its
 * segment and subsegment; null = any. Only the trajectories that make up the cell are filtered:
 * what follows a trajectory (a transfer, outflow to wonen, a referral, an earlier episode) is
 * looked up among all trajectories of the same client.
 */
record Filter(String gemeente, String aanbieder, String segment, String subsegment) {

    static final Filter REGIO = new Filter(null, null, null, null);

    boolean past(Trajectregel r) {
        return past(r.t().gemeente(), r.t().aanbieder(), r.t().segment(), r.t().subsegment());
    }

    boolean past(Verzoekregel v) {
        return past(v.gemeente(), v.aanbieder(), v.segment(), v.subsegment());
    }

    /** What a filter looks at in a trajectory or request. */
    record Kenmerken(String gemeente, String aanbieder, String segment, String subsegment) {
        static Kenmerken van(Trajectregel r) {
            return new Kenmerken(r.t().gemeente(), r.t().aanbieder(), r.t().segment(), r.t().subsegment());
        }

        static Kenmerken van(Verzoekregel v) {
            return new Kenmerken(v.gemeente(), v.aanbieder(), v.segment(), v.subsegment());
        }
    }

    boolean past(Kenmerken k) {
        return past(k.gemeente(), k.aanbieder(), k.segment(), k.subsegment());
    }

    private boolean past(String g, String a, String s, String ss) {
        return (gemeente == null || gemeente.equals(g)) && (aanbieder == null || aanbieder.equals(a))
                && (segment == null || segment.equals(s)) && (subsegment == null || Objects.equals(subsegment, ss));
    }
}
