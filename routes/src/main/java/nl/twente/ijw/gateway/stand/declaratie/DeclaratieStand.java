package nl.twente.ijw.gateway.stand.declaratie;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.bericht.Lezing;
import nl.twente.ijw.gateway.retour.Beoordeling;
import nl.twente.ijw.gateway.stand.Vastlegging;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.declaratie.Prestatie;
import nl.twente.ijw.mapping.Pseudonimiseerder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The declarations (JW323) the gemeente accepted and their granted prestaties (tables
 * {@code declaratie} and {@code declaratie_prestatie}). A JW323 is judged per prestatie
 * (IV087): a refused prestatie, or one of a refused client, never enters the state; a
 * declaration refused as a whole (a code on its Declaratie class) leaves no trace at all.
 *
 * <p>Several gateway instances may judge declarations at once. Every read takes a PostgreSQL
 * transaction lock on the aanbieder, so two declarations of one aanbieder are judged one after
 * the other; the lock ends with the transaction that also stores the outcome.
 */
@Repository
public class DeclaratieStand implements Vastlegging {

    /** A granted prestatie as stored. */
    public record Geboekt(String referentieNummer, String vorigReferentieNummer, long toewijzingNummer,
                          String productCategorie, String productCode, LocalDate begin, LocalDate eind,
                          long volume, String eenheid, long bedragMetTeken, String debetCredit) {

        public boolean isDebet() {
            return Prestatie.DEBET.equals(debetCredit);
        }
    }

    private static final String GEBOEKT = """
            select referentienummer, vorig_referentienummer, toewijzingnummer, product_categorie, product_code,
                   periode_begin, periode_eind, geleverd_volume, eenheid, bedrag_met_teken, debet_credit
            from declaratie_prestatie""";

    private final JdbcClient jdbc;
    private final Pseudonimiseerder pseudonimiseerder;

    public DeclaratieStand(JdbcTemplate jdbcTemplate, Pseudonimiseerder pseudonimiseerder) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.pseudonimiseerder = pseudonimiseerder;
    }

    @Override
    public boolean geldtVoor(BerichtSoort soort) {
        return soort == BerichtSoort.JW323;
    }

    @Override
    public void legVast(Lezing.Gelezen bericht, Beoordeling beoordeling, long berichtId) {
        Record declaratie = new Record(bericht.document().getDocumentElement()).kind("Declaratie").orElseThrow();
        if (!beoordeling.codesVan(declaratie.element()).isEmpty()) {
            return; // refused as a whole (9333, 8214): counts as not sent
        }
        String aanbieder = bericht.header().afzender();
        String gemeente = bericht.header().ontvanger();
        List<Prestatie> toegekend = Prestatie.alle(declaratie).stream()
                .filter(p -> beoordeling.codesVan(p.client().element()).isEmpty())
                .filter(p -> beoordeling.codesVan(p.record().element()).isEmpty())
                .toList();
        long ingediend = declaratie.getal("TotaalIngediendBedrag/TotaalBedrag").orElseThrow()
                * ("C".equals(declaratie.tekst("TotaalIngediendBedrag/DebetCredit").orElseThrow()) ? -1 : 1);
        long declaratieId = jdbc.sql("""
                        insert into declaratie (bericht_id, aanbieder, gemeente, declaratienummer, periode_begin,
                            periode_eind, declaratie_dagtekening, totaal_ingediend, totaal_toegekend)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(berichtId, aanbieder, gemeente, declaratie.tekst("DeclaratieNummer").orElseThrow(),
                        sqlDatum(declaratie.datum("DeclaratiePeriode/Begindatum").orElseThrow()),
                        sqlDatum(declaratie.datum("DeclaratiePeriode/Einddatum").orElseThrow()),
                        sqlDatum(declaratie.datum("DeclaratieDagtekening").orElseThrow()),
                        ingediend, toegekend.stream().mapToLong(Prestatie::bedragMetTeken).sum())
                .query(Long.class).single();
        for (Prestatie p : toegekend) {
            jdbc.sql("""
                            insert into declaratie_prestatie (declaratie_id, aanbieder, gemeente, client, referentienummer,
                                vorig_referentienummer, toewijzingnummer, product_categorie, product_code, periode_begin,
                                periode_eind, geleverd_volume, eenheid, product_tarief, bedrag, debet_credit, bedrag_met_teken)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(declaratieId, aanbieder, gemeente, pseudonimiseerder.pseudoniem(p.bsn()),
                            p.referentieNummer(), p.vorigReferentieNummer().orElse(null), p.toewijzingNummer(),
                            p.categorie(), p.code(), sqlDatum(p.begin()), sqlDatum(p.eind()), p.volume(), p.eenheid(),
                            p.tarief().orElse(null), p.bedrag(), p.debetCredit(), p.bedragMetTeken())
                    .update();
        }
    }

    /** TR333: whether this aanbieder already used the DeclaratieNummer in an accepted declaration. */
    public boolean declaratieNummerGebruikt(String aanbieder, String declaratieNummer) {
        vergrendel(aanbieder);
        return jdbc.sql("select exists (select 1 from declaratie where aanbieder = ? and declaratienummer = ?)")
                .params(aanbieder, declaratieNummer).query(Boolean.class).single();
    }

    /** TR318: the first day of the latest DeclaratiePeriode this aanbieder declared to this gemeente. */
    public Optional<LocalDate> laatsteDeclaratiePeriode(String aanbieder, String gemeente) {
        vergrendel(aanbieder);
        return jdbc.sql("select periode_begin from declaratie where aanbieder = ? and gemeente = ?"
                        + " order by periode_begin desc limit 1")
                .params(aanbieder, gemeente).query(LocalDate.class).optional();
    }

    /** The granted prestatie with this ReferentieNummer of this aanbieder (TR314, TR323). */
    public Optional<Geboekt> prestatie(String aanbieder, String referentieNummer) {
        vergrendel(aanbieder);
        return jdbc.sql(GEBOEKT + " where aanbieder = ? and referentienummer = ?")
                .params(aanbieder, referentieNummer).query(DeclaratieStand::geboekt).optional();
    }

    /** Whether a granted credit of this aanbieder already points to this debit (TR389, TR390). */
    public boolean isGecrediteerd(String aanbieder, String debetReferentie) {
        vergrendel(aanbieder);
        return jdbc.sql("select exists (select 1 from declaratie_prestatie where aanbieder = ?"
                        + " and vorig_referentienummer = ? and debet_credit = 'C')")
                .params(aanbieder, debetReferentie).query(Boolean.class).single();
    }

    /** TR389: granted debits of this aanbieder for the same ProductPeriode, product and toewijzing. */
    public List<Geboekt> debets(String aanbieder, String gemeente, long toewijzingNummer, String categorie,
                                String code, LocalDate begin, LocalDate eind) {
        vergrendel(aanbieder);
        return jdbc.sql(GEBOEKT + " where aanbieder = ? and gemeente = ? and toewijzingnummer = ? and product_categorie = ?"
                        + " and product_code = ? and periode_begin = ? and periode_eind = ? and debet_credit = 'D'"
                        + " order by id")
                .params(aanbieder, gemeente, toewijzingNummer, categorie, code, sqlDatum(begin), sqlDatum(eind))
                .query(DeclaratieStand::geboekt).list();
    }

    /**
     * TR322: the net granted volume on a toewijzing per Eenheid (credits subtracted: a credit
     * takes back its debit, so what remains is what was not credited).
     */
    public Map<String, Long> volumePerEenheid(String aanbieder, String gemeente, long toewijzingNummer) {
        vergrendel(aanbieder);
        Map<String, Long> volumes = new HashMap<>();
        jdbc.sql("select eenheid, sum(case when debet_credit = 'C' then -geleverd_volume else geleverd_volume end) as netto"
                        + " from declaratie_prestatie where aanbieder = ? and gemeente = ? and toewijzingnummer = ?"
                        + " group by eenheid")
                .params(aanbieder, gemeente, toewijzingNummer)
                .query(rs -> {
                    volumes.put(rs.getString("eenheid"), rs.getLong("netto"));
                });
        return volumes;
    }

    /** TR369: the net granted amount (eurocent) on a toewijzing. */
    public long bedrag(String aanbieder, String gemeente, long toewijzingNummer) {
        vergrendel(aanbieder);
        return jdbc.sql("select coalesce(sum(bedrag_met_teken), 0) from declaratie_prestatie"
                        + " where aanbieder = ? and gemeente = ? and toewijzingnummer = ?")
                .params(aanbieder, gemeente, toewijzingNummer).query(Long.class).single();
    }

    /** TR385: the ReferentieNummers of granted debits on this toewijzing that no granted credit cancelled. */
    public Set<String> ongecrediteerdeDebets(String aanbieder, String gemeente, long toewijzingNummer) {
        vergrendel(aanbieder);
        return Set.copyOf(jdbc.sql("""
                        select d.referentienummer from declaratie_prestatie d
                        where d.aanbieder = ? and d.gemeente = ? and d.toewijzingnummer = ? and d.debet_credit = 'D'
                          and not exists (select 1 from declaratie_prestatie c where c.aanbieder = d.aanbieder
                                          and c.vorig_referentienummer = d.referentienummer and c.debet_credit = 'C')""")
                .params(aanbieder, gemeente, toewijzingNummer).query(String.class).list());
    }

    /** Serialises the judging of one aanbieder's declarations across gateway instances. */
    private void vergrendel(String aanbieder) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('declaratie:' || ?))").param(aanbieder).query().singleRow();
    }

    private static Geboekt geboekt(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Geboekt(rs.getString("referentienummer"), rs.getString("vorig_referentienummer"),
                rs.getLong("toewijzingnummer"), rs.getString("product_categorie"), rs.getString("product_code"),
                rs.getObject("periode_begin", LocalDate.class), rs.getObject("periode_eind", LocalDate.class),
                rs.getLong("geleverd_volume"), rs.getString("eenheid"), rs.getLong("bedrag_met_teken"),
                rs.getString("debet_credit"));
    }

    private static Date sqlDatum(LocalDate datum) {
        return Date.valueOf(datum);
    }
}
