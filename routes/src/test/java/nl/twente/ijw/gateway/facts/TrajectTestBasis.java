package nl.twente.ijw.gateway.facts;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import nl.twente.ijw.gateway.fixtures.RegelTestBasis;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.mapping.Productcatalogus;
import nl.twente.ijw.mapping.Pseudonimiseerder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Message histories for the trajectory facts. The JW301 fixture allocates 45/45A01 from
 * 2026-03-01 to 2026-12-31 (Toewijzingsdatum 2026-03-01 10:00); starts and stops carry
 * Dagtekening {@link #DAGTEKENING}. Trajectories are read as of {@link #PEILDATUM}.
 */
abstract class TrajectTestBasis extends RegelTestBasis {

    static final LocalDate PEILDATUM = LocalDate.parse("2026-11-23");
    static final String DAGTEKENING = "2026-11-02";
    static final String PRODUCT = "Client/ToegewezenProducten/ToegewezenProduct";
    static final String START = "Client/StartProducten/StartProduct";
    static final String STOP = "Client/StopProducten/StopProduct";

    @Autowired
    Pseudonimiseerder pseudonimiseerder;

    @Autowired
    Productcatalogus catalogus;

    @Autowired
    Clock klok;

    /** A reader that holds nothing back (bezinktijd 0), so a test sees its own messages at once. */
    TrajectLezer lezer() {
        return new TrajectLezer(jdbc, catalogus, klok, Duration.ZERO);
    }

    Traject traject(String gemeente, long nummer) {
        return lezer().traject(gemeente, nummer, PEILDATUM).orElseThrow();
    }

    static TestBericht toewijzing(String bsn, long nummer) {
        return TestBericht.jw301().zetOveral("Bsn", bsn).zet(PRODUCT + "/ToewijzingNummer", nummer);
    }

    static TestBericht start(String bsn, long nummer, String begindatum) {
        return TestBericht.jw305().zet("Header/BerichtIdentificatie/Dagtekening", DAGTEKENING)
                .zetOveral("Bsn", bsn).zet(START + "/ToewijzingNummer", nummer).zet(START + "/Begindatum", begindatum);
    }

    static TestBericht stop(String bsn, long nummer, String begindatum, String reden, String einddatum) {
        return TestBericht.jw307().zet("Header/BerichtIdentificatie/Dagtekening", DAGTEKENING)
                .zetOveral("Bsn", bsn).zet(STOP + "/ToewijzingNummer", nummer).zet(STOP + "/Begindatum", begindatum)
                .zet(STOP + "/RedenBeeindiging", reden).zet(STOP + "/Einddatum", einddatum);
    }

    /** A later decision (2026-05-01) that shortens the toewijzing to 2026-06-30 (RedenWijziging 05). */
    static TestBericht ingekort(String bsn, long nummer) {
        return toewijzing(bsn, nummer).zet("Header/BerichtIdentificatie/Dagtekening", "2026-05-01")
                .zet(PRODUCT + "/Toewijzingsdatum", "2026-05-01").zet(PRODUCT + "/Einddatum", "2026-06-30")
                .voegToeNa(PRODUCT + "/Einddatum", "RedenWijziging", "05");
    }

    long laatsteBerichtId() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from bericht", Long.class);
    }
}
