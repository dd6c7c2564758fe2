package nl.twente.ijw.gateway.stand.levering;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.twente.ijw.gateway.bericht.BerichtHeader;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.bericht.Lezing;
import nl.twente.ijw.gateway.retour.Beoordeling;
import nl.twente.ijw.gateway.stand.Geboorte;
import nl.twente.ijw.gateway.stand.Herbouwtransactie;
import nl.twente.ijw.gateway.stand.Standschrijver;
import nl.twente.ijw.gateway.stand.Transactiebron;
import nl.twente.ijw.gateway.stand.Vastlegging;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.mapping.Pseudonimiseerder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The starts (JW305) and stops (JW307) of accepted messages, tables {@code zorgstart} and
 * {@code zorgstop}: every record as sent, a removal (status 3) marking the record it removes
 * (IV008). Rules read the records that count per {@link Dossier}.
 */
@Repository
public class LeveringStand implements Vastlegging {

    /** StatusAanlevering 1: first delivery. */
    public static final String EERSTE_AANLEVERING = "1";
    /** StatusAanlevering 3: remove an earlier delivery with the same key. */
    public static final String VERWIJDEREN = "3";

    private static final String SLEUTEL = "toewijzingnummer, product_categorie, product_code, toewijzing_ingangsdatum, begindatum";

    private final JdbcClient jdbc;
    private final Pseudonimiseerder pseudonimiseerder;
    private final Standschrijver schrijver;

    public LeveringStand(JdbcTemplate jdbcTemplate, Pseudonimiseerder pseudonimiseerder, Standschrijver schrijver) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.pseudonimiseerder = pseudonimiseerder;
        this.schrijver = schrijver;
    }

    /** The dossier of a JW305/JW307: it comes from the aanbieder (Afzender) and goes to the gemeente (Ontvanger). */
    public Dossier dossier(BerichtHeader header, String bsn) {
        return new Dossier(header.ontvanger(), header.afzender(), pseudonimiseerder.pseudoniem(bsn));
    }

    /**
     * The starts and stops of this dossier that count. Locks the dossier until the transaction
     * ends, so two gateway instances never judge two messages of the same client against the
     * same state and both store them.
     */
    public Leveringen leveringen(Dossier dossier) {
        // The rules and legVast of one message ask for the same dossier; the state cannot change in
        // between (the lock is ours until commit), so one read per transaction serves both.
        Map<Dossier, Leveringen> gelezen = gelezenInDezeTransactie();
        Leveringen bekend = gelezen.get(dossier);
        if (bekend != null) {
            return bekend;
        }
        Leveringen leveringen = lees(dossier);
        gelezen.put(dossier, leveringen);
        return leveringen;
    }

    /**
     * Forgets what this transaction read. Needed only where one transaction stores many
     * messages one after another (the rebuild from the archive): the next message must see
     * what the previous one stored.
     */
    public static void vergeetGelezen() {
        TransactionSynchronizationManager.unbindResourceIfPossible(LeveringStand.class);
    }

    private Map<Dossier, Leveringen> gelezenInDezeTransactie() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        return Transactiebron.van(LeveringStand.class, HashMap::new);
    }

    private Leveringen lees(Dossier dossier) {
        // The rebuild's rows may still wait in their batch (Standschrijver).
        schrijver.lees();
        if (!Herbouwtransactie.actief()) {
            jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
                    .param("levering|" + dossier.gemeente() + "|" + dossier.aanbieder() + "|" + dossier.client())
                    .query((rs, n) -> 1).list();
        }
        List<Zorgstart> starts = jdbc.sql("select id, bericht_id, " + SLEUTEL + " from zorgstart_geldig"
                        + " where gemeente = ? and aanbieder = ? and client = ? order by begindatum, id")
                .params(dossier.gemeente(), dossier.aanbieder(), dossier.client())
                .query(LeveringStand::zorgstart).list();
        List<Zorgstop> stops = jdbc.sql("select id, bericht_id, " + SLEUTEL + ", reden_beeindiging, einddatum"
                        + " from zorgstop_geldig where gemeente = ? and aanbieder = ? and client = ?"
                        + " order by begindatum, einddatum, id")
                .params(dossier.gemeente(), dossier.aanbieder(), dossier.client())
                .query(LeveringStand::zorgstop).list();
        return new Leveringen(starts, stops);
    }

    @Override
    public boolean geldtVoor(BerichtSoort soort) {
        return soort == BerichtSoort.JW305 || soort == BerichtSoort.JW307;
    }

    @Override
    public void legVast(Lezing.Gelezen bericht, Beoordeling beoordeling, long berichtId) {
        Record client = new Record(bericht.document().getDocumentElement()).kind("Client").orElseThrow();
        Dossier dossier = dossier(bericht.header(), client.tekst("Bsn").orElseThrow());
        boolean starts = bericht.soort() == BerichtSoort.JW305;
        List<Record> records = client.alle(starts ? "StartProduct" : "StopProduct");
        // Only a removal needs the records it removes. The intake's rules read the dossier already
        // (this transaction keeps it); the rebuild, which judges nothing, is spared two queries.
        Leveringen bestaand = records.stream().anyMatch(LeveringStand::isVerwijdering) ? leveringen(dossier) : null;
        // IV008: removals before additions, so a correction in the same message replaces the old record.
        for (Record r : records) {
            if (isVerwijdering(r)) {
                if (starts) {
                    long id = voegStartToe(berichtId, dossier, r, null);
                    bestaand.starts().stream().filter(s -> s.sleutel().equals(Startsleutel.van(r))).findFirst()
                            .ifPresent(s -> markeerVerwijderd("zorgstart", s.id(), id));
                } else {
                    long id = voegStopToe(berichtId, dossier, r);
                    bestaand.stops().stream().filter(s -> s.sleutel().equals(Stopsleutel.van(r))).findFirst()
                            .ifPresent(s -> markeerVerwijderd("zorgstop", s.id(), id));
                }
            }
        }
        // An addition's id is never needed: in the rebuild it may wait in a batch (Standschrijver).
        for (Record r : records) {
            if (!isVerwijdering(r)) {
                if (starts) {
                    // The age on the Begindatum is computed here, where the birth date is at hand; the date is never stored (V7).
                    schrijver.schrijf(START_INVOEGEN, startWaarden(berichtId, dossier, r,
                            Geboorte.leeftijdOp(client, Startsleutel.van(r).begindatum())));
                } else {
                    schrijver.schrijf(STOP_INVOEGEN, stopWaarden(berichtId, dossier, r));
                }
            }
        }
    }

    public static boolean isVerwijdering(Record record) {
        return VERWIJDEREN.equals(record.tekst("StatusAanlevering").orElse(null));
    }

    public static boolean isEersteAanlevering(Record record) {
        return EERSTE_AANLEVERING.equals(record.tekst("StatusAanlevering").orElse(null));
    }

    private static final String START_INVOEGEN = "insert into zorgstart (bericht_id, gemeente, aanbieder, client, "
            + SLEUTEL + ", status_aanlevering, leeftijd_bij_begin) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String STOP_INVOEGEN = "insert into zorgstop (bericht_id, gemeente, aanbieder, client, "
            + SLEUTEL + ", reden_beeindiging, einddatum, status_aanlevering) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private long voegStartToe(long berichtId, Dossier dossier, Record r, Integer leeftijdBijBegin) {
        return jdbc.sql(START_INVOEGEN + " returning id").params(startWaarden(berichtId, dossier, r, leeftijdBijBegin))
                .query(Long.class).single();
    }

    private long voegStopToe(long berichtId, Dossier dossier, Record r) {
        return jdbc.sql(STOP_INVOEGEN + " returning id").params(stopWaarden(berichtId, dossier, r))
                .query(Long.class).single();
    }

    private static Object[] startWaarden(long berichtId, Dossier dossier, Record r, Integer leeftijdBijBegin) {
        Startsleutel s = Startsleutel.van(r);
        return new Object[] {berichtId, dossier.gemeente(), dossier.aanbieder(), dossier.client(), s.toewijzingNummer(),
                s.productCategorie(), s.productCode(), sqlDatum(r.datum("ToewijzingIngangsdatum")),
                Date.valueOf(s.begindatum()), r.tekst("StatusAanlevering").orElseThrow(), leeftijdBijBegin};
    }

    private static Object[] stopWaarden(long berichtId, Dossier dossier, Record r) {
        Stopsleutel s = Stopsleutel.van(r);
        Startsleutel start = s.start();
        return new Object[] {berichtId, dossier.gemeente(), dossier.aanbieder(), dossier.client(), start.toewijzingNummer(),
                start.productCategorie(), start.productCode(), sqlDatum(r.datum("ToewijzingIngangsdatum")),
                Date.valueOf(start.begindatum()), s.redenBeeindiging(), Date.valueOf(s.einddatum()),
                r.tekst("StatusAanlevering").orElseThrow()};
    }

    private void markeerVerwijderd(String tabel, long id, long verwijderdDoor) {
        jdbc.sql("update " + tabel + " set verwijderd_door = ? where id = ?").params(verwijderdDoor, id).update();
    }

    private static Startsleutel startsleutel(ResultSet rs) throws SQLException {
        return new Startsleutel((Long) rs.getObject("toewijzingnummer"), rs.getString("product_categorie"),
                rs.getString("product_code"), rs.getObject("begindatum", LocalDate.class));
    }

    private static Zorgstart zorgstart(ResultSet rs, int n) throws SQLException {
        return new Zorgstart(rs.getLong("id"), rs.getLong("bericht_id"), startsleutel(rs),
                rs.getObject("toewijzing_ingangsdatum", LocalDate.class));
    }

    private static Zorgstop zorgstop(ResultSet rs, int n) throws SQLException {
        return new Zorgstop(rs.getLong("id"), rs.getLong("bericht_id"),
                new Stopsleutel(startsleutel(rs), rs.getString("reden_beeindiging"), rs.getObject("einddatum", LocalDate.class)),
                rs.getObject("toewijzing_ingangsdatum", LocalDate.class));
    }

    private static Date sqlDatum(Optional<LocalDate> datum) {
        return datum.map(Date::valueOf).orElse(null);
    }
}
