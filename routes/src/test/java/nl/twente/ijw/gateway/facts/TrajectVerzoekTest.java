package nl.twente.ijw.gateway.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import org.junit.jupiter.api.Test;

/**
 * Requests in the trajectory facts (V7): the referrer type of the request a toewijzing honours,
 * the outcome of every request (view {@code verzoek_uitkomst}, for T1), the wait from the
 * original decision, and the birth year and age at the start.
 */
class TrajectVerzoekTest extends TrajectTestBasis {

    static final String AANGEVRAAGD = "Client/AangevraagdeProducten/AangevraagdProduct";

    static String referentie() {
        return "R" + TestBericht.uniekNummer();
    }

    /** A one-line JW315 (45A01, from 2026-03-09) by 87654321 to 0153, referred by a huisarts (02). */
    static TestBericht vot(String bsn, String referentie, String dagtekening) {
        return TestBericht.jw315().zet("Client/Bsn", bsn).zet("Header/BerichtIdentificatie/Dagtekening", dagtekening)
                .zet(AANGEVRAAGD + "/ReferentieAanbieder", referentie);
    }

    static TestBericht metReferentie(TestBericht jw301, String referentie) {
        return jw301.voegToeNa(PRODUCT + "/ToewijzingNummer", "ReferentieAanbieder", referentie);
    }

    static TestBericht afwijzing(String referentie, String dagtekening) {
        return TestBericht.jw319().zet("Header/BerichtIdentificatie/Dagtekening", dagtekening)
                .zet("Antwoord/ReferentieAanbieder", referentie).zet("Antwoord/VerzoekAntwoord", "1");
    }

    Map<String, Object> uitkomst(String referentie) {
        return jdbc.queryForMap("select * from verzoek_uitkomst where aanbieder = '87654321' and referentie_aanbieder = ?",
                referentie);
    }

    @Test
    void eenVerzoekBeantwoordDoorEenToewijzingGeeftHetTrajectZijnVerwijzer() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        String r = referentie();
        accepteer(vot(bsn, r, "2026-02-20"));
        accepteer(metReferentie(toewijzing(bsn, nummer), r));
        accepteer(start(bsn, nummer, "2026-03-09"));

        Traject t = traject("0153", nummer);
        assertThat(t.verwijzerType()).isEqualTo("02");
        assertThat(t.referentieAanbieder()).isEqualTo(r);
        assertThat(t.verzoekDagtekening()).isEqualTo(LocalDate.parse("2026-02-20"));
        assertThat(t.eersteToewijzingsdatum()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(t.toewijzingsdatum()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(t.begindatum()).isEqualTo(LocalDate.parse("2026-03-09"));
        assertThat(t.waitDays()).isEqualTo(8);
        assertThat(t.status()).isEqualTo(Traject.Status.ACTIVE);
        // Born 2014-05-20: 11 on 2026-03-09 (the year alone would say 12).
        assertThat(t.geboortejaar()).isEqualTo(2014);
        assertThat(t.leeftijdBijStart()).isEqualTo(11);

        Map<String, Object> u = uitkomst(r);
        assertThat(u.get("soort")).isEqualTo("VOT");
        assertThat(u.get("gemeente")).isEqualTo("0153");
        assertThat(u.get("client")).isEqualTo(pseudonimiseerder.pseudoniem(bsn));
        assertThat(u.get("dagtekening").toString()).isEqualTo("2026-02-20");
        assertThat(u.get("uitkomst")).isEqualTo("GRANTED");
        assertThat(u.get("antwoord_datum").toString()).isEqualTo("2026-03-01");
    }

    @Test
    void eenDoorJw319AfgewezenVerzoekMaaktGeenTrajectMaarIsAfgewezen() {
        String bsn = TestBericht.uniekeBsn();
        String r = referentie();
        accepteer(vot(bsn, r, "2026-02-20"));
        assertThat(uitkomst(r).get("uitkomst")).isEqualTo("OPEN");
        assertThat(uitkomst(r).get("antwoord_datum")).isNull();

        accepteer(afwijzing(r, "2026-03-02"));

        assertThat(lezer().vanClient(pseudonimiseerder.pseudoniem(bsn), PEILDATUM)).isEmpty();
        Map<String, Object> u = uitkomst(r);
        assertThat(u.get("soort")).isEqualTo("VOT");
        assertThat(u.get("dagtekening").toString()).isEqualTo("2026-02-20");
        assertThat(u.get("uitkomst")).isEqualTo("REFUSED");
        assertThat(u.get("antwoord_datum").toString()).isEqualTo("2026-03-02");
    }

    @Test
    void inOnderzoekHoudtHetVerzoekOpen() {
        String r = referentie();
        accepteer(vot(TestBericht.uniekeBsn(), r, "2026-02-20"));
        accepteer(TestBericht.jw319().zet("Antwoord/ReferentieAanbieder", r).zet("Antwoord/VerzoekAntwoord", "2")
                .verwijder("Antwoord/RedenAfwijzingVerzoek"));

        assertThat(uitkomst(r).get("uitkomst")).isEqualTo("OPEN");
        assertThat(uitkomst(r).get("antwoord_datum")).isNull();
    }

    @Test
    void eenToewijzingZonderVerzoekKomtVanDeGemeente() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer));

        Traject t = traject("0153", nummer);
        assertThat(t.verwijzerType()).isEqualTo("01");
        assertThat(t.referentieAanbieder()).isNull();
        assertThat(t.verzoekDagtekening()).isNull();
        assertThat(t.geboortejaar()).isEqualTo(2014);
        assertThat(t.leeftijdBijStart()).isNull();
    }

    @Test
    void eenLatereVerlengingVerandertDeWachttijdNiet() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer));
        accepteer(start(bsn, nummer, "2026-03-20"));
        accepteer(toewijzing(bsn, nummer).zet("Header/BerichtIdentificatie/Dagtekening", "2026-05-01")
                .zet(PRODUCT + "/Toewijzingsdatum", "2026-05-01").zet(PRODUCT + "/Einddatum", "2027-06-30")
                .voegToeNa(PRODUCT + "/Einddatum", "RedenWijziging", "04"));

        Traject t = traject("0153", nummer);
        assertThat(t.toewijzingsdatum()).isEqualTo(LocalDate.parse("2026-05-01"));
        assertThat(t.eersteToewijzingsdatum()).isEqualTo(LocalDate.parse("2026-03-01"));
        // From the original decision 2026-03-01, not from the extension (which would give -42).
        assertThat(t.waitDays()).isEqualTo(19);
        assertThat(t.verwijzerType()).isEqualTo("01");
    }

    @Test
    void deLeeftijdIsExactOpDeBegindatum() {
        String bsn = TestBericht.uniekeBsn();
        long voor = TestBericht.uniekNummer();
        long op = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, voor));
        accepteer(toewijzing(bsn, op));
        accepteer(start(bsn, voor, "2026-05-19"));
        accepteer(start(bsn, op, "2026-05-20"));

        assertThat(traject("0153", voor).leeftijdBijStart()).isEqualTo(11);
        assertThat(traject("0153", op).leeftijdBijStart()).isEqualTo(12);
    }

    @Test
    void eenDeelsOnbekendeGeboortedatumGeeftDeZekerBereikteLeeftijd() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        // DatumGebruik 1: day unknown (written as the 1st); on 2026-05-15 the client may still be 11.
        accepteer(toewijzing(bsn, nummer).zet("Client/Geboortedatum/Datum", "2014-05-01")
                .voegToeNa("Client/Geboortedatum/Datum", "DatumGebruik", "1"));
        accepteer(start(bsn, nummer, "2026-05-15").zet("Client/Geboortedatum/Datum", "2014-05-01")
                .voegToeNa("Client/Geboortedatum/Datum", "DatumGebruik", "1"));

        Traject t = traject("0153", nummer);
        assertThat(t.geboortejaar()).isEqualTo(2014);
        assertThat(t.leeftijdBijStart()).isEqualTo(11);
    }

    @Test
    void eenOnbekendeGeboortedatumGeeftGeenJaarEnGeenLeeftijd() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer).zet("Client/Geboortedatum/Datum", "1900-01-01")
                .voegToeNa("Client/Geboortedatum/Datum", "DatumGebruik", "3"));
        accepteer(start(bsn, nummer, "2026-03-02").zet("Client/Geboortedatum/Datum", "1900-01-01")
                .voegToeNa("Client/Geboortedatum/Datum", "DatumGebruik", "3"));

        Traject t = traject("0153", nummer);
        assertThat(t.geboortejaar()).isNull();
        assertThat(t.leeftijdBijStart()).isNull();
    }

    @Test
    void eenNieuwProductOpEenWijzigingsverzoekErftDeVerwijzerVanDeToewijzingDieHetVerzoekNoemt() {
        String bsn = TestBericht.uniekeBsn();
        long eerste = TestBericht.uniekNummer();
        long nieuw = TestBericht.uniekNummer();
        String votReferentie = referentie();
        String vowReferentie = referentie();
        accepteer(vot(bsn, votReferentie, "2026-02-20"));
        accepteer(metReferentie(toewijzing(bsn, eerste), votReferentie));
        // JW317 (Dagtekening 2026-03-02): extend the first toewijzing, and a new product 45A02 from 2026-06-01.
        String nieuwProduct = "Client/Verzoek/NieuweProducten/NieuwProduct";
        accepteer(TestBericht.jw317().zet("Client/Bsn", bsn)
                .zet("Client/Verzoek/ReferentieAanbieder", vowReferentie)
                .zet("Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct/ToewijzingNummer", eerste)
                .voegKindToe("Client/Verzoek", "NieuweProducten", null, false)
                .voegKindToe("Client/Verzoek/NieuweProducten", "NieuwProduct", null, false)
                .voegKindToe(nieuwProduct, "Product", null, false)
                .voegKindToe(nieuwProduct + "/Product", "Categorie", "45", true)
                .voegKindToe(nieuwProduct + "/Product", "Code", "45A02", true)
                .voegKindToe(nieuwProduct, "GewensteIngangsdatum", "2026-06-01", false)
                .voegKindToe(nieuwProduct, "Einddatum", "2026-12-31", false)
                .voegKindToe(nieuwProduct, "Omvang", null, false)
                .voegKindToe(nieuwProduct + "/Omvang", "Volume", 2, true)
                .voegKindToe(nieuwProduct + "/Omvang", "Eenheid", "04", true)
                .voegKindToe(nieuwProduct + "/Omvang", "Frequentie", "2", true));
        // The JW301 that honours the VOW carries its reference on every product (TR379).
        TestBericht antwoord = metReferentie(toewijzing(bsn, eerste), vowReferentie)
                .zet("Header/BerichtIdentificatie/Dagtekening", "2026-03-10")
                .zet(PRODUCT + "/Toewijzingsdatum", "2026-03-10").zet(PRODUCT + "/Einddatum", "2027-06-30")
                .voegToeNa(PRODUCT + "/Einddatum", "RedenWijziging", "04")
                .kopieer(PRODUCT)
                .zet(PRODUCT + "[2]/ToewijzingNummer", nieuw).zet(PRODUCT + "[2]/Product/Code", "45A02")
                .zet(PRODUCT + "[2]/Ingangsdatum", "2026-06-01").zet(PRODUCT + "[2]/Einddatum", "2026-12-31")
                .verwijder(PRODUCT + "[2]/RedenWijziging");
        accepteer(antwoord);

        Traject verlengd = traject("0153", eerste);
        assertThat(verlengd.verwijzerType()).isEqualTo("02");
        assertThat(verlengd.referentieAanbieder()).isEqualTo(votReferentie);
        assertThat(verlengd.verzoekDagtekening()).isEqualTo(LocalDate.parse("2026-02-20"));
        assertThat(verlengd.eersteToewijzingsdatum()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(verlengd.toewijzingsdatum()).isEqualTo(LocalDate.parse("2026-03-10"));
        Traject t = traject("0153", nieuw);
        assertThat(t.verwijzerType()).isEqualTo("02");
        assertThat(t.referentieAanbieder()).isEqualTo(vowReferentie);
        assertThat(t.verzoekDagtekening()).isEqualTo(LocalDate.parse("2026-03-02"));
        assertThat(t.eersteToewijzingsdatum()).isEqualTo(LocalDate.parse("2026-03-10"));
        Map<String, Object> u = uitkomst(vowReferentie);
        assertThat(u.get("soort")).isEqualTo("VOW");
        assertThat(u.get("uitkomst")).isEqualTo("GRANTED");
        assertThat(u.get("antwoord_datum").toString()).isEqualTo("2026-03-10");
    }
}
