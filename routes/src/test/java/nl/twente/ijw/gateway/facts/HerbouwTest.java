package nl.twente.ijw.gateway.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.twente.ijw.gateway.cli.HerbouwCommando;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rebuild from the archive gives the state that the messages built one by one: every
 * state table (without its generated ids) and every trajectory, row for row.
 */
class HerbouwTest extends TrajectTestBasis {

    private static final String PRESTATIE = "Declaratie/Clienten/Client/Prestaties/Prestatie";

    /** Each state table as sorted rows; a reference to a generated id is replaced by the referenced row's message. */
    private static final Map<String, String> MOMENTOPNAME = new LinkedHashMap<>();

    static {
        MOMENTOPNAME.put("toewijzing_versie", "select (to_jsonb(t) - 'id')::text from toewijzing_versie t order by 1");
        for (String tabel : List.of("zorgstart", "zorgstop")) {
            MOMENTOPNAME.put(tabel, "select ((to_jsonb(t) - 'id' - 'verwijderd_door') || jsonb_build_object('verwijderd_door_bericht',"
                    + " (select r.bericht_id from " + tabel + " r where r.id = t.verwijderd_door)))::text from " + tabel
                    + " t order by 1");
        }
        MOMENTOPNAME.put("verzoek", "select (to_jsonb(t) - 'id')::text from verzoek t order by 1");
        MOMENTOPNAME.put("verzoek_product", "select ((to_jsonb(t) - 'id' - 'verzoek_id') || jsonb_build_object('verzoek_bericht',"
                + " (select v.bericht_id from verzoek v where v.id = t.verzoek_id)))::text from verzoek_product t order by 1");
        MOMENTOPNAME.put("verzoek_antwoord", "select (to_jsonb(t) - 'id')::text from verzoek_antwoord t order by 1");
        MOMENTOPNAME.put("declaratie", "select (to_jsonb(t) - 'id')::text from declaratie t order by 1");
        MOMENTOPNAME.put("declaratie_prestatie", "select ((to_jsonb(t) - 'id' - 'declaratie_id') || jsonb_build_object("
                + "'declaratie_bericht', (select d.bericht_id from declaratie d where d.id = t.declaratie_id)))::text"
                + " from declaratie_prestatie t order by 1");
        MOMENTOPNAME.put("traject", "select to_jsonb(t)::text from traject t order by gemeente, toewijzingnummer");
    }

    @Autowired
    Herbouw herbouw;

    @Test
    void deHerbouwdeStandIsRijVoorRijDeStandVanDeBerichten() {
        String bsn = TestBericht.uniekeBsn();
        long pauze = TestBericht.uniekNummer();
        long gecorrigeerd = TestBericht.uniekNummer();
        long geannuleerd = TestBericht.uniekNummer();
        // A toewijzing, a shorter later version, a pause and a new start.
        accepteer(toewijzing(bsn, pauze));
        accepteer(ingekort(bsn, pauze));
        accepteer(start(bsn, pauze, "2026-03-02"));
        accepteer(stop(bsn, pauze, "2026-03-02", "20", "2026-04-30"));
        accepteer(start(bsn, pauze, "2026-05-04"));
        // A start withdrawn and sent again; a stop removed and corrected in one message (IV008).
        accepteer(toewijzing(bsn, gecorrigeerd));
        accepteer(start(bsn, gecorrigeerd, "2026-03-02"));
        accepteer(start(bsn, gecorrigeerd, "2026-03-02").zet(START + "/StatusAanlevering", "3"));
        accepteer(start(bsn, gecorrigeerd, "2026-03-09"));
        accepteer(stop(bsn, gecorrigeerd, "2026-03-09", "31", "2026-06-30"));
        accepteer(stop(bsn, gecorrigeerd, "2026-03-09", "31", "2026-06-30").kopieer(STOP)
                .zet(STOP + "[1]/StatusAanlevering", "3")
                .zet(STOP + "[2]/RedenBeeindiging", "33").zet(STOP + "[2]/Einddatum", "2026-08-31"));
        // A cancelled toewijzing; a refused start (counts as never sent).
        accepteer(toewijzing(bsn, geannuleerd));
        accepteer(toewijzing(bsn, geannuleerd).zet(PRODUCT + "/Toewijzingsdatum", "2026-03-02")
                .zet(PRODUCT + "/Einddatum", "2026-03-01").voegToeNa(PRODUCT + "/Einddatum", "RedenWijziging", "13"));
        assertThat(ontvang(start(bsn, TestBericht.uniekNummer(), "2026-03-02")).retourcodes()).isNotEmpty();
        // A request for a toewijzing and its answer.
        String referentie = "R" + TestBericht.uniekNummer();
        accepteer(TestBericht.jw315().zetOveral("Bsn", bsn)
                .zet("Client/AangevraagdeProducten/AangevraagdProduct/ReferentieAanbieder", referentie));
        accepteer(TestBericht.jw319().zet("Antwoord/ReferentieAanbieder", referentie));
        // A declaration granted in part: the second prestatie names an unknown toewijzing (TR338).
        String aanbieder = String.format("%08d", TestBericht.uniekNummer() % 100_000_000L);
        long gedeclareerd = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, gedeclareerd).zet("Header/Ontvanger", aanbieder));
        Verwerking deels = ontvang(TestBericht.jw323().zet("Header/Afzender", aanbieder)
                .zet("Declaratie/DeclaratieNummer", "D" + TestBericht.uniekNummer())
                .zetOveral("Bsn", bsn).zetOveral("ToewijzingNummer", gedeclareerd)
                .zet(PRESTATIE + "/ProductReferentie/ReferentieNummer", "R" + TestBericht.uniekNummer())
                .zet("Declaratie/TotaalIngediendBedrag/TotaalBedrag", 156000)
                .kopieer(PRESTATIE)
                .zet(PRESTATIE + "[2]/ProductReferentie/ReferentieNummer", "R" + TestBericht.uniekNummer())
                .zet(PRESTATIE + "[2]/ToewijzingNummer", TestBericht.uniekNummer()));
        assertThat(deels.retourcodes()).containsExactly("0200");
        assertThat(jdbc.queryForObject("select count(*) from declaratie_prestatie p join declaratie d on d.id = p.declaratie_id"
                + " where d.bericht_id = ?", Integer.class, deels.berichtId())).isEqualTo(1);

        Map<String, List<String>> voor = momentopname();
        Herbouw.Resultaat resultaat = herbouw.herbouw();
        Map<String, List<String>> na = momentopname();

        // This test's own counting messages: 16 accepted and the declaration granted in part; other
        // tests of the shared context may have added more, or none when this one runs first.
        assertThat(resultaat.berichten()).isGreaterThanOrEqualTo(17);
        assertThat(resultaat.opnieuwBeoordeeld()).isGreaterThanOrEqualTo(1);
        for (String tabel : MOMENTOPNAME.keySet()) {
            assertThat(na.get(tabel)).as(tabel).isNotEmpty().containsExactlyElementsOf(voor.get(tabel));
        }
        Traject t = traject("0153", gecorrigeerd);
        assertThat(t.begindatum()).isEqualTo(LocalDate.parse("2026-03-09"));
        assertThat(t.einddatumLevering()).isEqualTo(LocalDate.parse("2026-08-31"));
        assertThat(t.redenBeeindiging()).isEqualTo("33");
        assertThat(t.status()).isEqualTo(Traject.Status.ENDED);
        Traject p = traject("0153", pauze);
        assertThat(p.versie()).isEqualTo(2);
        assertThat(p.aantalStarts()).isEqualTo(2);
        assertThat(p.pauseDays()).isEqualTo(4);
        assertThat(traject("0153", geannuleerd).status()).isEqualTo(Traject.Status.CANCELLED);

        // After the rebuild the intake goes on against the rebuilt state: a start on the pause must be refused (TR326).
        assertThat(ontvang(start(bsn, pauze, "2026-06-01")).retourcodes()).isNotEmpty();
        accepteer(stop(bsn, pauze, "2026-05-04", "33", "2026-06-15"));
        assertThat(traject("0153", pauze).einddatumLevering()).isEqualTo(LocalDate.parse("2026-06-15"));
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transacties;

    /**
     * The rebuild runs in one transaction, and PostgreSQL keeps a transaction's advisory locks
     * until it ends: one lock per client would run out of shared memory on the region's archive
     * (27,000 of 290,000 messages). Thirty clients with a start: at the end of the rebuild the
     * transaction holds none of their dossier locks (LeveringStand's key).
     */
    @Test
    void deHerbouwHoudtGeenSlotPerClient() {
        List<Long> nummers = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String bsn = TestBericht.uniekeBsn();
            long nummer = TestBericht.uniekNummer();
            accepteer(toewijzing(bsn, nummer));
            accepteer(start(bsn, nummer, "2026-03-02"));
            nummers.add(nummer);
        }
        Integer sloten = new org.springframework.transaction.support.TransactionTemplate(transacties).execute(s -> {
            herbouw.herbouw();
            return jdbc.queryForObject("""
                    select count(*) from pg_locks l
                    join (select distinct hashtextextended('levering|' || gemeente || '|' || aanbieder || '|' || client, 0) as sleutel
                          from zorgstart where toewijzingnummer = any(?)) d
                      on ((l.classid::bigint << 32) | l.objid::bigint) = d.sleutel
                    where l.locktype = 'advisory' and l.pid = pg_backend_pid()""",
                    Integer.class, (Object) nummers.toArray(Long[]::new));
        });

        assertThat(sloten).isZero();
    }

    @Test
    void hetCommandoWeigertOnbekendeArgumenten() {
        assertThat(HerbouwCommando.voerUit(new String[] {"alles"})).isEqualTo(2);
    }

    private Map<String, List<String>> momentopname() {
        Map<String, List<String>> uit = new LinkedHashMap<>();
        MOMENTOPNAME.forEach((tabel, sql) -> uit.put(tabel, jdbc.queryForList(sql, String.class)));
        return uit;
    }
}
