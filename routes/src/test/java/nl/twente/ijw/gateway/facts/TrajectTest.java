package nl.twente.ijw.gateway.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import org.junit.jupiter.api.Test;

/** The trajectory of a toewijzing follows from the accepted messages, corrections included. */
class TrajectTest extends TrajectTestBasis {

    @Test
    void toewijzingStartEnStop() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer));
        Traject toegewezen = traject("0153", nummer);
        assertThat(toegewezen.status()).isEqualTo(Traject.Status.ALLOCATED);
        assertThat(toegewezen.begindatum()).isNull();
        assertThat(toegewezen.waitDays()).isNull();

        accepteer(start(bsn, nummer, "2026-03-02"));
        Traject actief = traject("0153", nummer);
        assertThat(actief.status()).isEqualTo(Traject.Status.ACTIVE);
        assertThat(actief.durationDays()).isNull();

        accepteer(stop(bsn, nummer, "2026-03-02", "31", "2026-06-30"));
        Traject t = traject("0153", nummer);
        assertThat(t.client()).isEqualTo(pseudonimiseerder.pseudoniem(bsn)).hasSize(64);
        assertThat(t.gemeente()).isEqualTo("0153");
        assertThat(t.aanbieder()).isEqualTo("87654321");
        assertThat(t.productCategorie()).isEqualTo("45");
        assertThat(t.productCode()).isEqualTo("45A01");
        assertThat(t.segment()).isEqualTo("AMBULANT");
        assertThat(t.subsegment()).isEqualTo("BEGELEIDING");
        assertThat(t.segmentUitStandaard()).isFalse();
        assertThat(t.toewijzingsdatum()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(t.ingangsdatum()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(t.einddatum()).isEqualTo(LocalDate.parse("2026-12-31"));
        assertThat(t.begindatum()).isEqualTo(LocalDate.parse("2026-03-02"));
        assertThat(t.waitDays()).isEqualTo(1);
        assertThat(t.einddatumLevering()).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThat(t.redenBeeindiging()).isEqualTo("31");
        assertThat(t.durationDays()).isEqualTo(120);
        assertThat(t.pauseDays()).isZero();
        assertThat(t.aantalStarts()).isEqualTo(1);
        assertThat(t.endedByToewijzing()).isFalse();
        assertThat(t.versie()).isEqualTo(1);
        assertThat(t.status()).isEqualTo(Traject.Status.ENDED);
    }

    /** Every accepted message that changes a trajectory names its client in the indicators' journal, once. */
    @Test
    void elkBerichtDatEenTrajectWijzigtZetZijnClientInHetJournaal() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        String client = pseudonimiseerder.pseudoniem(bsn);
        String telling = "select count(*) from indicator_mutatie where client = ?";
        accepteer(toewijzing(bsn, nummer));
        assertThat(jdbc.queryForObject(telling, Integer.class, client)).isEqualTo(1);
        accepteer(start(bsn, nummer, "2026-03-02"));
        assertThat(jdbc.queryForObject(telling, Integer.class, client)).isEqualTo(2);
    }

    @Test
    void eenIngetrokkenStartTeltNietEnDeNieuweWel() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer));
        accepteer(start(bsn, nummer, "2026-03-02"));
        accepteer(start(bsn, nummer, "2026-03-02").zet(START + "/StatusAanlevering", "3"));
        assertThat(traject("0153", nummer).status()).isEqualTo(Traject.Status.ALLOCATED);

        accepteer(start(bsn, nummer, "2026-03-09"));

        Traject t = traject("0153", nummer);
        assertThat(t.status()).isEqualTo(Traject.Status.ACTIVE);
        assertThat(t.begindatum()).isEqualTo(LocalDate.parse("2026-03-09"));
        assertThat(t.waitDays()).isEqualTo(8);
        assertThat(t.aantalStarts()).isEqualTo(1);
    }

    @Test
    void eenVerlengdeToewijzingLooptDoorTotDeNieuweEinddatum() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer));
        accepteer(start(bsn, nummer, "2026-03-02"));
        // OP380: an extension with the same volume stretches the same toewijzing (reason 04).
        accepteer(toewijzing(bsn, nummer).zet("Header/BerichtIdentificatie/Dagtekening", "2026-05-01")
                .zet(PRODUCT + "/Toewijzingsdatum", "2026-05-01").zet(PRODUCT + "/Einddatum", "2027-06-30")
                .voegToeNa(PRODUCT + "/Einddatum", "RedenWijziging", "04"));

        Traject t = lezer().traject("0153", nummer, LocalDate.parse("2027-01-15")).orElseThrow();
        assertThat(t.einddatum()).isEqualTo(LocalDate.parse("2027-06-30"));
        assertThat(t.redenWijziging()).isEqualTo("04");
        assertThat(t.versie()).isEqualTo(2);
        assertThat(t.ingangsdatum()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(t.begindatum()).isEqualTo(LocalDate.parse("2026-03-02"));
        // Past the first Einddatum (2026-12-31) the trajectory still runs.
        assertThat(t.status()).isEqualTo(Traject.Status.ACTIVE);
        assertThat(t.endedByToewijzing()).isFalse();
    }

    @Test
    void eenIngekorteToewijzingEindigtOpDeNieuweEinddatum() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer));
        accepteer(start(bsn, nummer, "2026-03-02"));
        accepteer(ingekort(bsn, nummer));

        Traject t = traject("0153", nummer);
        assertThat(t.einddatum()).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThat(t.redenWijziging()).isEqualTo("05");
        assertThat(t.toewijzingsdatum()).isEqualTo(LocalDate.parse("2026-05-01"));
        assertThat(t.versie()).isEqualTo(2);
        // No stop: the passed Einddatum of the toewijzing ends the trajectory (§1).
        assertThat(t.status()).isEqualTo(Traject.Status.ENDED);
        assertThat(t.endedByToewijzing()).isTrue();
        assertThat(t.einddatumLevering()).isNull();
        assertThat(t.durationDays()).isEqualTo(120);
        // Before that Einddatum the same trajectory is still running.
        Traject eerder = lezer().traject("0153", nummer, LocalDate.parse("2026-06-30")).orElseThrow();
        assertThat(eerder.status()).isEqualTo(Traject.Status.ACTIVE);
        assertThat(eerder.endedByToewijzing()).isFalse();
        assertThat(eerder.durationDays()).isNull();
    }

    @Test
    void deNieuwsteVersieWintOokAlsZeEerderAankomt() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(ingekort(bsn, nummer));
        accepteer(toewijzing(bsn, nummer));

        Traject t = traject("0153", nummer);
        assertThat(t.einddatum()).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThat(t.toewijzingsdatum()).isEqualTo(LocalDate.parse("2026-05-01"));
        assertThat(t.redenWijziging()).isEqualTo("05");
        assertThat(t.versie()).isEqualTo(2);
    }

    @Test
    void eenVerwijderdeToewijzingIsGeannuleerdEnTeltNergens() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer));
        accepteer(toewijzing(bsn, nummer).zet(PRODUCT + "/Toewijzingsdatum", "2026-03-02")
                .zet(PRODUCT + "/Einddatum", "2026-03-01").voegToeNa(PRODUCT + "/Einddatum", "RedenWijziging", "13"));

        Traject t = traject("0153", nummer);
        assertThat(t.status()).isEqualTo(Traject.Status.CANCELLED);
        assertThat(t.redenWijziging()).isEqualTo("13");
        assertThat(t.versie()).isEqualTo(2);
        List<Traject> huidige = new ArrayList<>();
        lezer().huidige(PEILDATUM, huidige::add);
        assertThat(huidige).noneMatch(h -> h.toewijzingNummer() == nummer && h.gemeente().equals("0153"));
    }

    @Test
    void eenTijdelijkeStopMetHervattingLooptDoor() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer));
        accepteer(start(bsn, nummer, "2026-03-02"));
        accepteer(stop(bsn, nummer, "2026-03-02", "20", "2026-04-30"));
        accepteer(start(bsn, nummer, "2026-05-04"));

        Traject lopend = traject("0153", nummer);
        assertThat(lopend.status()).isEqualTo(Traject.Status.ACTIVE);
        assertThat(lopend.begindatum()).isEqualTo(LocalDate.parse("2026-03-02"));
        assertThat(lopend.einddatumLevering()).isNull();
        assertThat(lopend.redenBeeindiging()).isNull();
        assertThat(lopend.pauseDays()).isEqualTo(4);
        assertThat(lopend.aantalStarts()).isEqualTo(2);

        accepteer(stop(bsn, nummer, "2026-05-04", "31", "2026-06-30"));

        Traject t = traject("0153", nummer);
        assertThat(t.status()).isEqualTo(Traject.Status.ENDED);
        assertThat(t.begindatum()).isEqualTo(LocalDate.parse("2026-03-02"));
        assertThat(t.einddatumLevering()).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThat(t.redenBeeindiging()).isEqualTo("31");
        assertThat(t.durationDays()).isEqualTo(120);
        assertThat(t.pauseDays()).isEqualTo(4);
    }

    @Test
    void eenTijdelijkeStopZonderHervattingEindigtDaar() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer));
        accepteer(start(bsn, nummer, "2026-03-02"));
        accepteer(stop(bsn, nummer, "2026-03-02", "20", "2026-04-30"));

        Traject t = traject("0153", nummer);
        assertThat(t.status()).isEqualTo(Traject.Status.ENDED);
        assertThat(t.einddatumLevering()).isEqualTo(LocalDate.parse("2026-04-30"));
        assertThat(t.redenBeeindiging()).isEqualTo("20");
        assertThat(t.durationDays()).isEqualTo(59);
        assertThat(t.pauseDays()).isZero();
        assertThat(t.endedByToewijzing()).isFalse();
    }

    @Test
    void eenJeugdigeBijTweeGemeentenNaElkaar() {
        String bsn = TestBericht.uniekeBsn();
        long enschede = TestBericht.uniekNummer();
        long hengelo = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, enschede).zet(PRODUCT + "/Einddatum", "2026-06-30"));
        accepteer(start(bsn, enschede, "2026-03-02"));
        accepteer(stop(bsn, enschede, "2026-03-02", "31", "2026-06-30"));
        accepteer(toewijzing(bsn, hengelo).zet("Header/Afzender", "0164")
                .zet(PRODUCT + "/Ingangsdatum", "2026-07-01").zet(PRODUCT + "/Toewijzingsdatum", "2026-07-01")
                .zet("Header/BerichtIdentificatie/Dagtekening", "2026-07-01"));
        accepteer(start(bsn, hengelo, "2026-07-06").zet("Header/Ontvanger", "0164")
                .zet(START + "/ToewijzingIngangsdatum", "2026-07-01"));

        List<Traject> trajecten = lezer().vanClient(pseudonimiseerder.pseudoniem(bsn), PEILDATUM);

        assertThat(trajecten).extracting(Traject::gemeente, Traject::toewijzingNummer, Traject::status,
                        Traject::begindatum, Traject::waitDays)
                .containsExactly(
                        Tuple.tuple("0153", enschede, Traject.Status.ENDED,
                                LocalDate.parse("2026-03-02"), 1),
                        Tuple.tuple("0164", hengelo, Traject.Status.ACTIVE,
                                LocalDate.parse("2026-07-06"), 5));
        assertThat(trajecten.get(0).client()).isEqualTo(trajecten.get(1).client());
    }

    @Test
    void eenToewijzingZonderProductcodeValtTerugOpDeCategorie() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer).verwijder(PRODUCT + "/Product/Code").verwijder(PRODUCT + "/Omvang")
                .voegToeNa(PRODUCT + "/Einddatum", "Budget", 100000));

        Traject t = traject("0153", nummer);
        assertThat(t.productCode()).isNull();
        assertThat(t.segment()).isEqualTo("AMBULANT");
        assertThat(t.subsegment()).isNull();
        assertThat(t.segmentUitStandaard()).isTrue();
    }
}
