package nl.twente.ijw.gateway.validation.levering;

import nl.twente.ijw.gateway.fixtures.RegelTestBasis;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.mapping.Pseudonimiseerder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Histories for the start/stop rules, each with a fresh client and ToewijzingNummer. The JW301
 * fixture allocates product 45/45A01 from 2026-03-01 to 2026-12-31; starts and stops are dated
 * {@link #DAGTEKENING}, so every Begindatum and Einddatum used lies on or before it (TR134).
 */
abstract class LeveringTestBasis extends RegelTestBasis {

    static final String DAGTEKENING = "2026-11-02";
    static final String START = "Client/StartProducten/StartProduct";
    static final String STOP = "Client/StopProducten/StopProduct";
    static final String PRODUCT = "Client/ToegewezenProducten/ToegewezenProduct";

    @Autowired
    private Pseudonimiseerder pseudonimiseerder;

    /** A toewijzing of gemeente 0153 to aanbieder 87654321. */
    record Toewijzing(String bsn, long nummer) {
    }

    /** An accepted toewijzing for a fresh client. */
    Toewijzing toewijzing() {
        return toewijzing(TestBericht.uniekeBsn());
    }

    /** An accepted toewijzing with a fresh number for this client. */
    Toewijzing toewijzing(String bsn) {
        Toewijzing t = new Toewijzing(bsn, TestBericht.uniekNummer());
        accepteer(jw301(t));
        return t;
    }

    static TestBericht jw301(Toewijzing t) {
        return TestBericht.jw301().zetOveral("Bsn", t.bsn()).zet(PRODUCT + "/ToewijzingNummer", t.nummer());
    }

    /** A JW305 with one new start (status 1) on this toewijzing. */
    static TestBericht start(Toewijzing t, String begindatum) {
        return TestBericht.jw305().zet("Header/BerichtIdentificatie/Dagtekening", DAGTEKENING)
                .zetOveral("Bsn", t.bsn())
                .zet(START + "/ToewijzingNummer", t.nummer())
                .zet(START + "/Begindatum", begindatum);
    }

    /** A JW307 with one new stop (status 1) of the start with this Begindatum. */
    static TestBericht stop(Toewijzing t, String begindatum, String reden, String einddatum) {
        return TestBericht.jw307().zet("Header/BerichtIdentificatie/Dagtekening", DAGTEKENING)
                .zetOveral("Bsn", t.bsn())
                .zet(STOP + "/ToewijzingNummer", t.nummer())
                .zet(STOP + "/Begindatum", begindatum)
                .zet(STOP + "/RedenBeeindiging", reden)
                .zet(STOP + "/Einddatum", einddatum);
    }

    /** The same message with StatusAanlevering 3 (remove) on every record. */
    static TestBericht alsVerwijdering(TestBericht bericht) {
        return bericht.zetOveral("StatusAanlevering", "3");
    }

    /** How many rows the client has in the start/stop state, removals included. */
    int rijenInStand(String bsn) {
        String client = pseudonimiseerder.pseudoniem(bsn);
        return jdbc.queryForObject("select (select count(*) from zorgstart where client = ?)"
                + " + (select count(*) from zorgstop where client = ?)", Integer.class, client, client);
    }
}
