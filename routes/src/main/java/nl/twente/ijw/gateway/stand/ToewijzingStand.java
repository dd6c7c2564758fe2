package nl.twente.ijw.gateway.stand;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.bericht.Lezing;
import nl.twente.ijw.gateway.retour.Beoordeling;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.mapping.Pseudonimiseerder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The toewijzingen of accepted JW301 messages, every version kept (table
 * {@code toewijzing_versie}); the current one is the version with the latest
 * Toewijzingsdatum + Toewijzingstijd, whatever the arrival order (IV013, OP080).
 */
@Repository
public class ToewijzingStand implements Vastlegging {

    /** One version of a toewijzing as a JW301 carried it. The client is a keyed pseudonym. */
    public record Toewijzing(
            long berichtId, String gemeente, String aanbieder, String client, long toewijzingNummer,
            String referentieAanbieder, String productCategorie, String productCode,
            LocalDate toewijzingsdatum, LocalTime toewijzingstijd, LocalDate ingangsdatum, LocalDate einddatum,
            String redenWijziging, Integer volume, String eenheid, String frequentie, Long budget) {

        /** Deleted (RedenWijziging 13): treated as never sent. */
        public boolean isVerwijderd() {
            return "13".equals(redenWijziging);
        }
    }

    private static final String KOLOMMEN = """
            bericht_id, gemeente, aanbieder, client, toewijzingnummer, referentie_aanbieder, product_categorie,
            product_code, toewijzingsdatum, toewijzingstijd, ingangsdatum, einddatum, reden_wijziging, volume, eenheid,
            frequentie, budget""";

    private final JdbcClient jdbc;
    private final Pseudonimiseerder pseudonimiseerder;
    private final Standschrijver schrijver;

    public ToewijzingStand(JdbcTemplate jdbcTemplate, Pseudonimiseerder pseudonimiseerder, Standschrijver schrijver) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.pseudonimiseerder = pseudonimiseerder;
        this.schrijver = schrijver;
    }

    @Override
    public boolean geldtVoor(BerichtSoort soort) {
        return soort == BerichtSoort.JW301;
    }

    @Override
    public void legVast(Lezing.Gelezen bericht, Beoordeling beoordeling, long berichtId) {
        Record root = new Record(bericht.document().getDocumentElement());
        Record client = root.kind("Client").orElseThrow();
        String pseudoniem = pseudonimiseerder.pseudoniem(client.tekst("Bsn").orElseThrow());
        // Of the birth date only the year is kept (V7).
        Integer geboortejaar = Geboorte.jaar(client);
        for (Record p : client.alle("ToegewezenProduct")) {
            schrijver.schrijf("insert into toewijzing_versie (" + KOLOMMEN + ", geboortejaar) values "
                            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as time), ?, ?, ?, ?, ?, ?, ?, ?)",
                    berichtId, bericht.header().afzender(), bericht.header().ontvanger(), pseudoniem,
                    p.getal("ToewijzingNummer").orElseThrow(),
                    p.tekstLetterlijk("ReferentieAanbieder").orElse(null),
                    p.tekst("Product/Categorie").orElse(null), p.tekst("Product/Code").orElse(null),
                    sqlDatum(p.datum("Toewijzingsdatum")), p.tekst("Toewijzingstijd").orElseThrow(),
                    sqlDatum(p.datum("Ingangsdatum")), sqlDatum(p.datum("Einddatum")),
                    p.tekst("RedenWijziging").orElse(null),
                    p.getal("Omvang/Volume").map(Long::intValue).orElse(null),
                    p.tekst("Omvang/Eenheid").orElse(null), p.tekst("Omvang/Frequentie").orElse(null),
                    p.getal("Budget").orElse(null), geboortejaar);
        }
    }

    /**
     * Holds toewijzing {@code nummer} of this gemeente until the message's transaction ends, so
     * that two messages naming the same ToewijzingNummer, on one instance or several, are judged
     * one after the other: the second reads what the first stored (TR332).
     */
    public void vergrendel(String gemeente, long nummer) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(?, 0))) slot")
                .param("ijw-toewijzing:" + gemeente + ":" + nummer)
                .query(Integer.class).single();
    }

    /** The current version of toewijzing {@code nummer} of this gemeente, deleted ones included. */
    public Optional<Toewijzing> huidige(String gemeente, long nummer) {
        return jdbc.sql("select " + KOLOMMEN + " from toewijzing where gemeente = ? and toewijzingnummer = ?")
                .params(gemeente, nummer)
                .query(ToewijzingStand::toewijzing).optional();
    }

    /** Every version of toewijzing {@code nummer} of this gemeente, oldest decision first. */
    public List<Toewijzing> versies(String gemeente, long nummer) {
        return jdbc.sql("select " + KOLOMMEN + " from toewijzing_versie where gemeente = ? and toewijzingnummer = ?"
                        + " order by toewijzingsdatum, toewijzingstijd, id")
                .params(gemeente, nummer)
                .query(ToewijzingStand::toewijzing).list();
    }

    /** The current versions of all toewijzingen of this client at this provider from this gemeente. */
    public List<Toewijzing> vanClient(String gemeente, String aanbieder, String client) {
        return jdbc.sql("select " + KOLOMMEN + " from toewijzing where gemeente = ? and aanbieder = ? and client = ?"
                        + " order by toewijzingnummer")
                .params(gemeente, aanbieder, client)
                .query(ToewijzingStand::toewijzing).list();
    }

    /** Whether an accepted JW301 of this gemeente to this provider carried this ReferentieAanbieder. */
    public boolean referentieBeantwoord(String gemeente, String aanbieder, String referentieAanbieder) {
        return jdbc.sql("select exists (select 1 from toewijzing_versie where gemeente = ? and aanbieder = ?"
                        + " and referentie_aanbieder = ?)")
                .params(gemeente, aanbieder, referentieAanbieder)
                .query(Boolean.class).single();
    }

    public String pseudoniem(String bsn) {
        return pseudonimiseerder.pseudoniem(bsn);
    }

    private static Toewijzing toewijzing(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Toewijzing(rs.getLong("bericht_id"), rs.getString("gemeente"), rs.getString("aanbieder"),
                rs.getString("client"), rs.getLong("toewijzingnummer"), rs.getString("referentie_aanbieder"),
                rs.getString("product_categorie"), rs.getString("product_code"),
                rs.getObject("toewijzingsdatum", LocalDate.class), rs.getObject("toewijzingstijd", LocalTime.class),
                rs.getObject("ingangsdatum", LocalDate.class), rs.getObject("einddatum", LocalDate.class),
                rs.getString("reden_wijziging"), (Integer) rs.getObject("volume"), rs.getString("eenheid"),
                rs.getString("frequentie"), (Long) rs.getObject("budget"));
    }

    private static Date sqlDatum(Optional<LocalDate> datum) {
        return datum.map(Date::valueOf).orElse(null);
    }
}
