package nl.twente.ijw.gateway.facts;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.twente.ijw.mapping.Productcatalogus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads trajectories from the table {@code traject} (V15, kept current by {@link TrajectTabel}) and adds what the view cannot know:
 * segment and subsegment from the region's {@link Productcatalogus} (on the Ingangsdatum; an
 * unknown or absent code falls back on the category default), and, for a reference date,
 * whether a toewijzing whose Einddatum has passed ended the trajectory.
 */
@Repository
public class TrajectLezer {

    /** The columns every read selects first, in this order: {@link #lees} takes them by position. */
    private static final List<String> NAMEN = List.of(
            "gemeente", "toewijzingnummer", "client", "aanbieder", "product_categorie", "product_code", "toewijzingsdatum",
            "ingangsdatum", "einddatum", "reden_wijziging", "versie", "begindatum", "wait_days", "einddatum_levering",
            "reden_beeindiging", "aantal_starts", "pause_days", "status", "wijziging", "eerste_toewijzingsdatum",
            "verwijzer_type",
            "referentie_aanbieder", "verzoek_dagtekening", "geboortejaar", "leeftijd_bij_start");
    private static final String KOLOMMEN = String.join(", ", NAMEN);
    // By position, not by name: a name is looked up in a map for every column of every row.
    private static final int GEMEENTE = kolom("gemeente");
    private static final int TOEWIJZINGNUMMER = kolom("toewijzingnummer");
    private static final int CLIENT = kolom("client");
    private static final int AANBIEDER = kolom("aanbieder");
    private static final int PRODUCT_CATEGORIE = kolom("product_categorie");
    private static final int PRODUCT_CODE = kolom("product_code");
    private static final int TOEWIJZINGSDATUM = kolom("toewijzingsdatum");
    private static final int INGANGSDATUM = kolom("ingangsdatum");
    private static final int EINDDATUM = kolom("einddatum");
    private static final int REDEN_WIJZIGING = kolom("reden_wijziging");
    private static final int VERSIE = kolom("versie");
    private static final int BEGINDATUM = kolom("begindatum");
    private static final int WAIT_DAYS = kolom("wait_days");
    private static final int EINDDATUM_LEVERING = kolom("einddatum_levering");
    private static final int REDEN_BEEINDIGING = kolom("reden_beeindiging");
    private static final int AANTAL_STARTS = kolom("aantal_starts");
    private static final int PAUSE_DAYS = kolom("pause_days");
    private static final int STATUS = kolom("status");
    private static final int WIJZIGING = kolom("wijziging");
    private static final int EERSTE_TOEWIJZINGSDATUM = kolom("eerste_toewijzingsdatum");
    private static final int VERWIJZER_TYPE = kolom("verwijzer_type");
    private static final int REFERENTIE_AANBIEDER = kolom("referentie_aanbieder");
    private static final int VERZOEK_DAGTEKENING = kolom("verzoek_dagtekening");
    private static final int GEBOORTEJAAR = kolom("geboortejaar");
    private static final int LEEFTIJD_BIJ_START = kolom("leeftijd_bij_start");
    private static final Pattern CURSOR = Pattern.compile("(\\d+)(?:-(\\d{1,8})-(\\d+))?");

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    /** For reads of all trajectories: rows fetched in batches (inside a transaction) instead of all at once. */
    private final JdbcClient stroom;
    private final Productcatalogus catalogus;
    private final Clock klok;
    private final Duration bezinktijd;

    public TrajectLezer(JdbcTemplate jdbcTemplate, Productcatalogus catalogus, Clock klok,
                        @Value("${ijw.trajecten.bezinktijd:PT5S}") Duration bezinktijd) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.jdbcTemplate = jdbcTemplate;
        JdbcTemplate inPartijen = new JdbcTemplate(jdbcTemplate.getDataSource()) {
            @Override
            protected void applyStatementSettings(java.sql.Statement stmt) throws SQLException {
                super.applyStatementSettings(stmt);
                // Rows in PostgreSQL's binary format: a date is four bytes, not text that both
                // sides format and parse (ten date columns a row, a million rows).
                if (stmt.isWrapperFor(org.postgresql.PGStatement.class)) {
                    stmt.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(-1);
                }
            }
        };
        inPartijen.setFetchSize(5_000);
        this.stroom = JdbcClient.create(inPartijen);
        this.catalogus = catalogus;
        this.klok = klok;
        this.bezinktijd = bezinktijd;
    }

    /** Today in the gateway's time zone: the reference date of the feed and the export. */
    public LocalDate vandaag() {
        return LocalDate.now(klok);
    }

    /** One trajectory, cancelled ones included. */
    public Optional<Traject> traject(String gemeente, long toewijzingNummer, LocalDate peildatum) {
        return jdbc.sql("select " + KOLOMMEN + " from traject where gemeente = ? and toewijzingnummer = ?")
                .params(gemeente, toewijzingNummer)
                .query((rs, n) -> lees(rs, peildatum)).optional();
    }

    /** Every trajectory of a client pseudonym, in every municipality, by Ingangsdatum. */
    public List<Traject> vanClient(String client, LocalDate peildatum) {
        return jdbc.sql("select " + KOLOMMEN + " from traject where client = ? order by ingangsdatum, gemeente, toewijzingnummer")
                .param(client)
                .query((rs, n) -> lees(rs, peildatum)).list();
    }

    /** Every current trajectory (CANCELLED left out: it counts nowhere), in key order. */
    public void huidige(LocalDate peildatum, Consumer<Traject> verwerker) {
        // from the table traject (V15), kept current by TrajectTabel
        jdbc.sql("select " + KOLOMMEN + " from traject where status <> 'CANCELLED' order by gemeente, toewijzingnummer")
                .query(rs -> {
                    verwerker.accept(lees(rs, peildatum));
                });
    }

    /**
     * Receives a row of {@link #huidigeOpgeslagen}: the trajectory as stored, and its columns
     * {@code pauze_van} and {@code pauze_tot} (null when it has no pauses).
     */
    @FunctionalInterface
    public interface Rijverwerker {
        void verwerk(Traject opgeslagen, LocalDate[] pauzeVan, LocalDate[] pauzeTot);
    }

    private static final int PAUZE_VAN = NAMEN.size() + 1;
    private static final int PAUZE_TOT = NAMEN.size() + 2;

    /**
     * Every current trajectory (CANCELLED left out) as stored, without a reference date (a passed
     * toewijzing Einddatum has not ended it yet: {@link #opPeildatum}), of the given clients or,
     * when {@code clienten} is null, of all; with the pauses of each.
     */
    public void huidigeOpgeslagen(java.util.Collection<String> clienten, Rijverwerker verwerker) {
        String sql = "select " + KOLOMMEN + ", pauze_van, pauze_tot from traject where status <> 'CANCELLED'";
        var vraag = clienten == null ? stroom.sql(sql)
                : jdbc.sql(sql + " and client = any(?)").param(clienten.toArray(new String[0]));
        Resultaat rij = new Resultaat(new Eenmalig());
        vraag.query(rs -> {
            rij.rs = rs;
            opgeslagen(rij, verwerker);
        });
    }

    private void opgeslagen(Kolommen rij, Rijverwerker verwerker) throws SQLException {
        verwerker.verwerk(lees(rij, LocalDate.MIN), rij.data(PAUZE_VAN), rij.data(PAUZE_TOT));
    }

    /**
     * Part {@code deel} (0 ≤ deel < delen) of every current trajectory as stored, as
     * {@link #huidigeOpgeslagen}: the parts split the clients by a hash of the pseudonym, so
     * reads of all parts can run side by side (each in a transaction of its own).
     */
    public void huidigeOpgeslagen(int deel, int delen, Rijverwerker verwerker) {
        // As binary COPY in the current transaction (its snapshot): no array per column of every
        // row and no second decoding of the values that rows repeat (Binairekopie).
        String sql = "copy (select " + KOLOMMEN + ", pauze_van, pauze_tot from traject where status <> 'CANCELLED'"
                + " and mod(hashtext(client)::bigint + 2147483648, " + delen + ") = " + deel + ") to stdout (format binary)";
        jdbcTemplate.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) verbinding -> {
            org.postgresql.copy.CopyOut kopie = verbinding.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyOut(sql);
            try {
                Binairekopie rij = new Binairekopie(kopie, PAUZE_TOT);
                while (rij.volgende()) {
                    opgeslagen(rij, verwerker);
                }
            } finally {
                if (kopie.isActive()) {
                    kopie.cancelCopy();
                }
            }
            return null;
        });
    }

    /** A trajectory as stored ({@link #huidigeOpgeslagen}) as of a reference date: as {@link #traject} reads it. */
    public static Traject opPeildatum(Traject t, LocalDate peildatum) {
        boolean doorToewijzing = t.status() == Traject.Status.ACTIVE && t.einddatum() != null && t.einddatum().isBefore(peildatum);
        if (!doorToewijzing) {
            return t;
        }
        Integer duur = t.begindatum() == null ? null : (int) ChronoUnit.DAYS.between(t.begindatum(), t.einddatum());
        return new Traject(t.gemeente(), t.toewijzingNummer(), t.client(), t.aanbieder(), t.productCategorie(),
                t.productCode(), t.segment(), t.subsegment(), t.segmentUitStandaard(), t.toewijzingsdatum(),
                t.ingangsdatum(), t.einddatum(), t.redenWijziging(), t.versie(), t.begindatum(), t.waitDays(),
                t.einddatumLevering(), t.redenBeeindiging(), t.aantalStarts(), t.pauseDays(), duur, true,
                Traject.Status.ENDED, t.wijziging(), t.eersteToewijzingsdatum(), t.verwijzerType(),
                t.referentieAanbieder(), t.verzoekDagtekening(), t.geboortejaar(), t.leeftijdBijStart());
    }

    /**
     * The trajectories changed after {@code sinds} (a cursor from an earlier page, or a bare
     * change number; null or empty = from the beginning), at most {@code limit}, ordered by
     * change number and key. CANCELLED trajectories are included, so a consumer learns that a
     * trajectory it holds has been withdrawn.
     *
     * <p>Why a consumer that follows {@code volgende} sees every change: every change to a
     * trajectory is a new row in a state table, written with the archive id of its message,
     * and archive ids only grow; the trajectory's change number is the largest of them, so it
     * rises past any cursor already handed out and the trajectory comes again. Several
     * instances may commit messages out of id order, so the page holds back changes of
     * messages received less than {@code ijw.trajecten.bezinktijd} (default 5 s) ago: by then
     * a message with a smaller id has committed (processing takes milliseconds). A consumer
     * sees the latest state of each trajectory, not every intermediate one.
     *
     * <p>Not a change in this sense: the mere passing of time. A trajectory whose toewijzing
     * Einddatum passes without a stop turns ENDED ({@code ended_by_toewijzing}) without a new
     * message, so it does not come again; the consumer has its {@code einddatum} and applies
     * the same rule for its own reference date.
     */
    public Trajectpagina pagina(String sinds, int limit, LocalDate peildatum) {
        // Trajectories that an import noted but did not derive yet (TrajectAchterstand) come later
        // with their own, older wijziging: the page stops before the oldest of them.
        long grens = jdbc.sql("""
                        select least(coalesce(max(id), 0), (select min(bericht_id) - 1 from traject_achterstand))
                        from bericht where ontvangen_op <= ?""")
                .param(Timestamp.from(klok.instant().minus(bezinktijd)))
                .query(Long.class).single();
        String filter;
        Object[] params;
        Matcher m = CURSOR.matcher(sinds == null || sinds.isBlank() ? "0" : sinds.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("cursor '" + sinds + "' is geen getal en geen cursor van een eerdere pagina");
        }
        long nummer = Long.parseLong(m.group(1));
        if (m.group(2) == null) {
            filter = "wijziging > ?";
            params = new Object[] {nummer, grens, limit};
        } else {
            filter = "(wijziging, gemeente, toewijzingnummer) > (?, ?, ?)";
            params = new Object[] {nummer, m.group(2), Long.parseLong(m.group(3)), grens, limit};
        }
        List<Traject> trajecten = jdbc.sql("select " + KOLOMMEN + " from traject where " + filter
                        + " and wijziging <= ? order by wijziging, gemeente, toewijzingnummer limit ?")
                .params(params)
                .query((rs, n) -> lees(rs, peildatum)).list();
        String volgende = trajecten.isEmpty() ? (m.group(2) == null ? String.valueOf(nummer) : sinds.trim())
                : trajecten.get(trajecten.size() - 1).cursor();
        return new Trajectpagina(trajecten, volgende);
    }

    /** A product code of current trajectories that the catalogue does not list (on their Ingangsdatum). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record OnbekendProduct(String categorie, String code, long aantalTrajecten) {
    }

    /**
     * The product codes of current (not CANCELLED) trajectories that the catalogue does not know
     * on the Ingangsdatum, with the number of trajectories per category and code: their segment
     * came from the category default (INDICATORS.md §2: counted and reported, never dropped).
     * A toewijzing without a code (aspecific) is not in this list. The intake refuses unknown
     * codes (TR381), so these appear when the region's catalogue changes after the fact.
     */
    public List<OnbekendProduct> onbekendeProducten() {
        Map<List<String>, Long> perCode = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(k -> k.get(1)));
        jdbc.sql("""
                        select product_categorie, product_code, ingangsdatum, count(*) as aantal from traject
                        where status <> 'CANCELLED' and product_code is not null
                        group by product_categorie, product_code, ingangsdatum""")
                .query(rs -> {
                    String categorie = rs.getString("product_categorie");
                    String code = rs.getString("product_code");
                    if (categorie == null || catalogus.product(categorie, code, datum(rs, "ingangsdatum")).isEmpty()) {
                        perCode.merge(Arrays.asList(categorie, code), rs.getLong("aantal"), Long::sum);
                    }
                });
        return perCode.entrySet().stream()
                .map(e -> new OnbekendProduct(e.getKey().get(0), e.getKey().get(1), e.getValue())).toList();
    }

    /**
     * One object per distinct value in a read of many rows: the rows repeat few dates and codes,
     * and what is kept of a million rows is then far smaller (and quicker to collect). Not the
     * clients: a map of all of them costs more than it saves. A table with one place per hash (no
     * entries, no resizing): a value whose place another holds is kept as it is, which costs only
     * a little memory.
     */
    private static final class Eenmalig {
        private static final int BITS = 14;
        private final Object[] waarden = new Object[1 << BITS];

        @SuppressWarnings("unchecked")
        <T> T van(T waarde) {
            if (waarde == null) {
                return null;
            }
            // spread the hash: LocalDate's keeps the year in its higher bits
            int plaats = (waarde.hashCode() * 0x9E3779B9) >>> (32 - BITS);
            Object eerder = waarden[plaats];
            if (eerder != null && eerder.equals(waarde)) {
                return (T) eerder;
            }
            waarden[plaats] = waarde;
            return waarde;
        }
    }

    private static int kolom(String naam) {
        return NAMEN.indexOf(naam) + 1;
    }

    private Traject lees(ResultSet rs, LocalDate peildatum) throws SQLException {
        Resultaat rij = new Resultaat(null);
        rij.rs = rs;
        return lees(rij, peildatum);
    }

    /** The columns of a ResultSet row; with {@code eenmalig} (may be null) its texts and dates shared with earlier rows. */
    private static final class Resultaat implements Kolommen {
        private final Eenmalig eenmalig;
        private ResultSet rs;

        Resultaat(Eenmalig eenmalig) {
            this.eenmalig = eenmalig;
        }

        @Override
        public String tekst(int kolom) throws SQLException {
            String s = rs.getString(kolom);
            return eenmalig == null ? s : eenmalig.van(s);
        }

        @Override
        public String eigenTekst(int kolom) throws SQLException {
            return rs.getString(kolom);
        }

        @Override
        public LocalDate datum(int kolom) throws SQLException {
            LocalDate d = rs.getObject(kolom, LocalDate.class);
            return eenmalig == null ? d : eenmalig.van(d);
        }

        @Override
        public Integer geheel(int kolom) throws SQLException {
            return rs.getObject(kolom, Integer.class);
        }

        @Override
        public long lang(int kolom) throws SQLException {
            return rs.getLong(kolom);
        }

        @Override
        public LocalDate[] data(int kolom) throws SQLException {
            java.sql.Array a = rs.getArray(kolom);
            if (a == null) {
                return null;
            }
            Object[] waarden = (Object[]) a.getArray();
            LocalDate[] uit = new LocalDate[waarden.length];
            for (int i = 0; i < waarden.length; i++) {
                uit[i] = ((java.sql.Date) waarden[i]).toLocalDate();
            }
            return uit;
        }
    }

    /** A row as Traject. */
    private Traject lees(Kolommen rs, LocalDate peildatum) throws SQLException {
        String categorie = rs.tekst(PRODUCT_CATEGORIE);
        String code = rs.tekst(PRODUCT_CODE);
        LocalDate ingangsdatum = rs.datum(INGANGSDATUM);
        Optional<Productcatalogus.Indeling> indeling = categorie == null ? Optional.empty() : indeling(categorie, code, ingangsdatum);
        LocalDate einddatum = rs.datum(EINDDATUM);
        LocalDate begindatum = rs.datum(BEGINDATUM);
        LocalDate einddatumLevering = rs.datum(EINDDATUM_LEVERING);
        Traject.Status status = Traject.Status.valueOf(rs.tekst(STATUS));
        // §1: without a stop, a toewijzing whose Einddatum has passed ends the trajectory there.
        boolean doorToewijzing = status == Traject.Status.ACTIVE && einddatum != null && einddatum.isBefore(peildatum);
        if (doorToewijzing) {
            status = Traject.Status.ENDED;
        }
        LocalDate eind = einddatumLevering != null ? einddatumLevering : doorToewijzing ? einddatum : null;
        Integer duur = begindatum == null || eind == null ? null
                : (int) ChronoUnit.DAYS.between(begindatum, eind);
        Integer wacht = rs.geheel(WAIT_DAYS);
        return new Traject(rs.tekst(GEMEENTE), rs.lang(TOEWIJZINGNUMMER), rs.eigenTekst(CLIENT),
                rs.tekst(AANBIEDER), categorie, code,
                indeling.map(i -> i.segment().name()).orElse(null),
                indeling.flatMap(Productcatalogus.Indeling::subsegment).orElse(null),
                indeling.map(Productcatalogus.Indeling::categorieStandaard).orElse(false),
                rs.datum(TOEWIJZINGSDATUM), ingangsdatum, einddatum, rs.tekst(REDEN_WIJZIGING),
                (int) rs.lang(VERSIE), begindatum, wacht, einddatumLevering,
                rs.tekst(REDEN_BEEINDIGING), (int) rs.lang(AANTAL_STARTS), (int) rs.lang(PAUSE_DAYS), duur,
                doorToewijzing, status, rs.lang(WIJZIGING), rs.datum(EERSTE_TOEWIJZINGSDATUM),
                rs.tekst(VERWIJZER_TYPE), rs.eigenTekst(REFERENTIE_AANBIEDER),
                rs.datum(VERZOEK_DAGTEKENING), rs.geheel(GEBOORTEJAAR), rs.geheel(LEEFTIJD_BIJ_START));
    }

    /**
     * A product on a day, as a key of what is looked up once per product and day. Hash and equality
     * written out: looked up for every row of a bulk read, and a record's generated ones go through
     * method handles.
     */
    public record Productdag(String categorie, String code, LocalDate datum) {
        @Override
        public int hashCode() {
            return (categorie.hashCode() * 31 + java.util.Objects.hashCode(code)) * 31 + datum.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Productdag p && categorie.equals(p.categorie) && java.util.Objects.equals(code, p.code)
                    && datum.equals(p.datum);
        }
    }

    /** Looked up once per product and day: the catalogue searches its list, and reads go over all trajectories. */
    private final Map<Productdag, Optional<Productcatalogus.Indeling>> indelingen = new java.util.concurrent.ConcurrentHashMap<>();

    private Optional<Productcatalogus.Indeling> indeling(String categorie, String code, LocalDate datum) {
        // get before put: a lambda made for every row of a bulk read was garbage for nothing
        Productdag sleutel = new Productdag(categorie, code, datum);
        Optional<Productcatalogus.Indeling> indeling = indelingen.get(sleutel);
        if (indeling == null) {
            if (indelingen.size() > 500_000) {
                indelingen.clear();
            }
            indeling = catalogus.zoek(categorie, code, datum);
            indelingen.put(sleutel, indeling);
        }
        return indeling;
    }

    /** As LocalDate directly: the driver parses it without the Calendar of getDate, a large part of reading all rows. */
    private static LocalDate datum(ResultSet rs, String kolom) throws SQLException {
        return rs.getObject(kolom, LocalDate.class);
    }
}
