package nl.twente.ijw.gateway.stand.verzoek;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.twente.ijw.gateway.fixtures.RegelTestBasis;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.stand.ToewijzingStand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** What accepted requests and answers leave in the state, and what a rejected one does not. */
class VerzoekStandTest extends RegelTestBasis {

    private static final String AANGEVRAAGD = "Client/AangevraagdeProducten/AangevraagdProduct";

    @Autowired
    private VerzoekStand verzoeken;

    @Autowired
    private AntwoordStand antwoorden;

    @Autowired
    private ToewijzingStand toewijzingen;

    @Autowired
    private PlatformTransactionManager transacties;

    @Test
    void elkeVotRegelIsEenVerzoekMetDeClientAlsPseudoniem() {
        String bsn = TestBericht.uniekeBsn();
        String r1 = "R" + TestBericht.uniekNummer();
        String r2 = "R" + TestBericht.uniekNummer();
        accepteer(TestBericht.jw315().zet("Client/Bsn", bsn).zet(AANGEVRAAGD + "/ReferentieAanbieder", r1)
                .kopieer(AANGEVRAAGD).zet(AANGEVRAAGD + "[2]/ReferentieAanbieder", r2)
                .zet(AANGEVRAAGD + "[2]/Product/Code", "45A02"));

        List<Map<String, Object>> rijen = jdbc.queryForList("""
                select v.soort, v.aanbieder, v.gemeente, v.client, v.dagtekening::text as dagtekening,
                       p.soort as productsoort, p.product_code, p.ingangsdatum::text as ingangsdatum,
                       p.einddatum::text as einddatum, p.volume, p.verwijzer_type
                from verzoek v join verzoek_product p on p.verzoek_id = v.id
                where v.aanbieder = '87654321' and v.referentie_aanbieder in (?, ?) order by v.id""", r1, r2);

        assertThat(rijen).hasSize(2);
        assertThat(rijen.get(0)).containsEntry("soort", "VOT").containsEntry("gemeente", "0153")
                .containsEntry("dagtekening", "2026-03-02").containsEntry("productsoort", "AANGEVRAAGD")
                .containsEntry("product_code", "45A01").containsEntry("ingangsdatum", "2026-03-09")
                .containsEntry("einddatum", "2026-12-31").containsEntry("volume", 3).containsEntry("verwijzer_type", "02");
        assertThat(rijen.get(1)).containsEntry("product_code", "45A02");
        assertThat(rijen).allSatisfy(rij -> assertThat(rij.get("client")).isEqualTo(toewijzingen.pseudoniem(bsn))
                .isNotEqualTo(bsn));
        assertThat(verzoeken.openVerzoeken("87654321", toewijzingen.pseudoniem(bsn)))
                .extracting(VerzoekStand.Verzoek::referentieAanbieder).containsExactly(r1, r2);
    }

    @Test
    void eenVowLegtElkGevraagdProductVast() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        String r = "R" + TestBericht.uniekNummer();
        accepteer(TestBericht.jw301().zet("Client/Bsn", bsn)
                .zet("Client/ToegewezenProducten/ToegewezenProduct/ToewijzingNummer", nummer));
        accepteer(TestBericht.jw317().zet("Client/Bsn", bsn).zet("Client/Verzoek/ReferentieAanbieder", r)
                .zet("Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct/ToewijzingNummer", nummer));

        Map<String, Object> rij = jdbc.queryForMap("""
                select v.soort, v.reden_verzoek, p.soort as productsoort, p.toewijzingnummer,
                       p.ingangsdatum::text as ingangsdatum, p.einddatum::text as einddatum
                from verzoek v join verzoek_product p on p.verzoek_id = v.id
                where v.aanbieder = '87654321' and v.referentie_aanbieder = ?""", r);

        assertThat(rij).containsEntry("soort", "VOW").containsEntry("reden_verzoek", "1")
                .containsEntry("productsoort", "TE_WIJZIGEN").containsEntry("toewijzingnummer", nummer)
                .containsEntry("ingangsdatum", "2026-03-01").containsEntry("einddatum", "2027-06-30");
    }

    @Test
    void eenAfgekeurdVerzoekEnAntwoordLatenNietsAchter() {
        String r = "R" + TestBericht.uniekNummer();

        // 9355: no request with this reference.
        ontvang(TestBericht.jw319().zet("Antwoord/ReferentieAanbieder", r));

        assertThat(antwoorden.antwoorden("0153", "87654321", r)).isEmpty();
    }

    @Test
    void eenAntwoordWordtVastgelegdEnSluitHetVerzoek() {
        String bsn = TestBericht.uniekeBsn();
        String r = "R" + TestBericht.uniekNummer();
        accepteer(TestBericht.jw315().zet("Client/Bsn", bsn).zet(AANGEVRAAGD + "/ReferentieAanbieder", r));
        accepteer(TestBericht.jw319().zet("Antwoord/ReferentieAanbieder", r));

        assertThat(antwoorden.antwoorden("0153", "87654321", r)).singleElement().satisfies(a -> {
            assertThat(a.isAfgewezen()).isTrue();
            assertThat(a.redenAfwijzing()).isEqualTo("3");
        });
        assertThat(verzoeken.openVerzoeken("87654321", toewijzingen.pseudoniem(bsn))).isEmpty();
    }

    @Test
    void hetSlotVanEenAanbiederHoudtAndereTransactiesTegenTotDeCommit() {
        TransactionTemplate buiten = new TransactionTemplate(transacties);
        TransactionTemplate ander = new TransactionTemplate(transacties);
        ander.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        String sql = "select pg_try_advisory_xact_lock(hashtextextended(?, 0))";

        buiten.executeWithoutResult(status -> {
            new Verzoekslot(jdbc).vergrendel("11112222");
            assertThat(vrij(ander, sql, "11112222")).isFalse();
            assertThat(vrij(ander, sql, "33334444")).isTrue();
        });
        assertThat(vrij(ander, sql, "11112222")).isTrue();
    }

    private Boolean vrij(TransactionTemplate transactie, String sql, String aanbieder) {
        return transactie.execute(s -> jdbc.queryForObject(sql, Boolean.class, "ijw-verzoek:" + aanbieder));
    }
}
