package nl.twente.ijw.gateway.indicatoren;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.twente.ijw.gateway.facts.TrajectLezer;
import nl.twente.ijw.mapping.Productcatalogus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the data the indicators are computed from and keeps it current per client.
 *
 * <p>The first read takes everything (the table {@code traject}, the declared amounts, the
 * requests) into {@link Clientgegevens} per client. After that, every read first looks in the
 * journal {@code indicator_mutatie} (V15), where the intake writes, in the transaction of each
 * message that changed state, the clients whose facts it changed; only those clients are read
 * again, and the {@link Gegevens} of each cached reference date is updated for them alone
 * (keeping the computed cells their change cannot touch). A rejected message writes nothing, so it
 * changes nothing here. A rebuild writes a journal row without client: then everything is read again.
 *
 * <p>Why no journal row is missed although transactions commit out of order: the journal rows
 * carry the id of the transaction that wrote them. A read notes the oldest transaction still
 * running at its snapshot ({@code pg_snapshot_xmin}); every transaction older than that had
 * finished, so its rows were visible. The next read looks at the rows of that transaction and all
 * younger ones, and skips those it has already handled.
 */
@Component
class GegevensLezer {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GegevensLezer.class);
    /** Reference dates whose data is kept (today, and a few asked with peildatum=). */
    private static final int PEILDATA = 4;

    private final JdbcClient jdbc;
    private final TrajectLezer trajectLezer;
    private final Productcatalogus catalogus;
    private final IndicatorProperties properties;
    private final TransactionTemplate momentopname;

    private Map<String, Clientgegevens> basis;
    /** The oldest transaction running at the last read; journal rows of it and younger ones are looked at again. */
    private long xmin;
    /** Journal rows already handled (volgnummer → transaction id), of transactions not older than {@link #xmin}. */
    private final Map<Long, Long> verwerkt = new HashMap<>();
    private final Map<LocalDate, Gegevens> perPeildatum = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LocalDate, Gegevens> oudste) {
            return size() > PEILDATA;
        }
    };

    private record Mutatie(long volgnummer, long xid, String client) {
    }


    GegevensLezer(JdbcTemplate jdbcTemplate, TrajectLezer trajectLezer, Productcatalogus catalogus,
                  IndicatorProperties properties, PlatformTransactionManager transacties) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.trajectLezer = trajectLezer;
        this.catalogus = catalogus;
        this.properties = properties;
        this.momentopname = new TransactionTemplate(transacties);
        momentopname.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        momentopname.setReadOnly(true);
    }

    LocalDate vandaag() {
        return trajectLezer.vandaag();
    }

    synchronized Gegevens lees(LocalDate peildatum) {
        momentopname.executeWithoutResult(s -> bijwerken());
        Gegevens g = perPeildatum.get(peildatum);
        if (g == null) {
            long t0 = System.nanoTime();
            g = Gegevens.van(basis, peildatum, properties.getReentryGap());
            perPeildatum.put(peildatum, g);
            LOG.info("indicatorgegevens voor peildatum {}: {} trajecten, {} verzoeken in {} ms", peildatum,
                    g.trajecten.size(), g.verzoeken.size(), ms(t0));
        }
        return g;
    }

    /** Brings {@link #basis} and the cached data up to the journal, in one snapshot. */
    private void bijwerken() {
        long xminNu = jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint").query(Long.class).single();
        List<Mutatie> journaal = jdbc.sql("""
                        select volgnummer, xid::text::bigint, client from indicator_mutatie
                        where xid >= (?::bigint)::text::xid8""")
                .param(basis == null ? xminNu : xmin)
                .query((rs, n) -> new Mutatie(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
        List<Mutatie> nieuw = journaal.stream().filter(m -> !verwerkt.containsKey(m.volgnummer())).toList();
        if (basis == null || nieuw.stream().anyMatch(m -> m.client() == null)) {
            long t0 = System.nanoTime();
            basis = leesAlles();
            perPeildatum.clear();
            LOG.info("indicatorgegevens gelezen: {} clienten in {} ms", basis.size(), ms(t0));
        } else if (!nieuw.isEmpty()) {
            long t0 = System.nanoTime();
            Set<String> clienten = new HashSet<>();
            nieuw.forEach(m -> clienten.add(m.client()));
            Map<String, Clientgegevens> gelezen = leesClienten(clienten);
            Map<String, Clientgegevens> bijgewerkt = new HashMap<>(basis);
            for (String c : clienten) {
                Clientgegevens cg = gelezen.get(c);
                if (cg == null) {
                    bijgewerkt.remove(c);
                } else {
                    bijgewerkt.put(c, cg);
                }
            }
            basis = bijgewerkt;
            int cellen = 0;
            for (Map.Entry<LocalDate, Gegevens> e : perPeildatum.entrySet()) {
                e.setValue(e.getValue().bijgewerkt(basis, clienten));
                cellen += e.getValue().bewaardeCellen();
            }
            LOG.debug("indicatorgegevens bijgewerkt voor {} clienten in {} ms; {} berekende cellen behouden",
                    clienten.size(), ms(t0), cellen);
        }
        journaal.forEach(m -> verwerkt.put(m.volgnummer(), m.xid()));
        verwerkt.values().removeIf(xid -> xid < xminNu);
        xmin = xminNu;
    }

    private static long ms(long van) {
        return (System.nanoTime() - van) / 1_000_000;
    }

    /**
     * Builds the data of clients from the rows of the three reads. Most clients have neither
     * requests nor declarations: their list and map are made when the first one comes.
     */
    private static final class Bouw {
        final List<Clientgegevens.Opgeslagen> trajecten = new ArrayList<>(4);
        private List<Verzoekregel> verzoeken;
        private Map<String, Map<Integer, Long>> gedeclareerd;

        List<Verzoekregel> verzoeken() {
            if (verzoeken == null) {
                verzoeken = new ArrayList<>();
            }
            return verzoeken;
        }

        Map<String, Map<Integer, Long>> gedeclareerd() {
            if (gedeclareerd == null) {
                gedeclareerd = new HashMap<>();
            }
            return gedeclareerd;
        }

        Clientgegevens klaar() {
            return new Clientgegevens(List.copyOf(trajecten), verzoeken == null ? List.of() : List.copyOf(verzoeken),
                    gedeclareerd == null ? Map.of() : gedeclareerd);
        }
    }

    /**
     * The data of all clients. The trajectories (most of the work, on both sides) are read in two
     * halves by client side by side: the other half on a connection of its own in a transaction
     * that takes over this transaction's snapshot, so both halves see the same state.
     */
    private Map<String, Clientgegevens> leesAlles() {
        String momentopnameId = jdbc.sql("select pg_export_snapshot()").query(String.class).single();
        if (!momentopnameId.matches("[0-9A-Fa-f-]+")) {
            throw new IllegalStateException("onverwachte snapshot-id " + momentopnameId);
        }
        java.util.concurrent.FutureTask<Map<String, Bouw>> andereHelft = new java.util.concurrent.FutureTask<>(
                () -> momentopname.execute(s -> {
                    jdbc.sql("set transaction snapshot '" + momentopnameId + "'").update();
                    return leesTrajecten(verwerker -> trajectLezer.huidigeOpgeslagen(1, 2, verwerker));
                }));
        Thread draad = new Thread(andereHelft, "indicatorgegevens-lezen");
        draad.setDaemon(true);
        draad.start();
        Map<String, Bouw> bouw = leesTrajecten(verwerker -> trajectLezer.huidigeOpgeslagen(0, 2, verwerker));
        try {
            bouw.putAll(andereHelft.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("onderbroken bij het lezen van de trajecten", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return metDeclaratiesEnVerzoeken(bouw, null);
    }

    /** The data of the given clients. */
    private Map<String, Clientgegevens> leesClienten(Collection<String> clienten) {
        Map<String, Bouw> bouw = leesTrajecten(verwerker -> trajectLezer.huidigeOpgeslagen(clienten, verwerker));
        return metDeclaratiesEnVerzoeken(bouw, clienten.toArray(new String[0]));
    }

    /** Adds the declared amounts and requests of the clients (null = of all) and finishes their data. */
    private Map<String, Clientgegevens> metDeclaratiesEnVerzoeken(Map<String, Bouw> bouw, String[] param) {
        gedeclareerd(param, bouw);
        verzoeken(param, bouw);
        Map<String, Clientgegevens> uit = new HashMap<>(bouw.size() * 2);
        bouw.forEach((c, b) -> uit.put(c, b.klaar()));
        return uit;
    }

    /** The trajectories that {@code lezen} hands over, with pauses and tariff, by client. */
    private Map<String, Bouw> leesTrajecten(java.util.function.Consumer<TrajectLezer.Rijverwerker> lezen) {
        Map<String, Bouw> bouw = new HashMap<>(1 << 12);
        Map<TrajectLezer.Productdag, Optional<Long>> tarieven = new HashMap<>();
        lezen.accept((t, pauzeVan, pauzeTot) -> {
            // Few distinct (product, date) pairs: look each up once (get before put: no lambda per row).
            Long tarief = null;
            if (t.productCategorie() != null) {
                TrajectLezer.Productdag sleutel = new TrajectLezer.Productdag(t.productCategorie(), t.productCode(), t.ingangsdatum());
                Optional<Long> bekend = tarieven.get(sleutel);
                if (bekend == null) {
                    bekend = catalogus.zoek(t.productCategorie(), t.productCode(), t.ingangsdatum()).map(i -> i.bron().tarief());
                    tarieven.put(sleutel, bekend);
                }
                tarief = bekend.orElse(null);
            }
            bouw.computeIfAbsent(t.client(), c -> new Bouw()).trajecten
                    .add(new Clientgegevens.Opgeslagen(t, pauzes(pauzeVan, pauzeTot), tarief));
        });
        return bouw;
    }

    /** The pauses of a trajectory row: [stop Einddatum, next Begindatum), from the table traject (V15). */
    private static List<Trajectregel.Pauze> pauzes(LocalDate[] vans, LocalDate[] tots) {
        if (vans == null) {
            return List.of();
        }
        List<Trajectregel.Pauze> uit = new ArrayList<>(vans.length);
        for (int i = 0; i < vans.length; i++) {
            uit.add(new Trajectregel.Pauze(vans[i], tots[i]));
        }
        return List.copyOf(uit);
    }

    /** Granted prestaties (debit +, credit −) per current toewijzing and year of their ProductPeriode. */
    private void gedeclareerd(String[] clienten, Map<String, Bouw> bouw) {
        String sql = """
                select t.client, p.gemeente, p.toewijzingnummer, extract(year from p.periode_begin)::int, sum(p.bedrag_met_teken)
                from declaratie_prestatie p
                join traject t on t.gemeente = p.gemeente and t.toewijzingnummer = p.toewijzingnummer
                where t.status <> 'CANCELLED'""" + (clienten == null ? "" : " and t.client = any(?)") + """

                group by 1, 2, 3, 4""";
        var vraag = clienten == null ? jdbc.sql(sql) : jdbc.sql(sql).param(clienten);
        vraag.query(rs -> {
            bouw.computeIfAbsent(rs.getString(1), c -> new Bouw()).gedeclareerd()
                    .computeIfAbsent(rs.getString(2) + "/" + rs.getLong(3), k -> new HashMap<>())
                    .put(rs.getInt(4), rs.getLong(5));
        });
    }

    /**
     * The JW315 lines with their outcome (as the view verzoek_uitkomst of V7 defines it: granted by
     * a version carrying the reference on a toewijzing that is not cancelled, else refused by a
     * JW319 with VerzoekAntwoord 1) and the toewijzing that granted them. All of them: the answers
     * aggregated once and hash-joined; a few clients: looked up per request through the indexes.
     * Both give the same rows (docs/benchmarks.md has the plans).
     */
    private void verzoeken(String[] clienten, Map<String, Bouw> bouw) {
        String sql = clienten == null ? """
                with toegewezen as (
                    select tv.gemeente, tv.aanbieder, tv.referentie_aanbieder,
                           min(tv.toewijzingnummer) as nummer, min(tv.toewijzingsdatum) as datum
                    from toewijzing_versie tv
                    join traject c on c.gemeente = tv.gemeente and c.toewijzingnummer = tv.toewijzingnummer
                    where tv.referentie_aanbieder is not null and c.status <> 'CANCELLED'
                    group by 1, 2, 3
                ),
                afgewezen as (
                    select gemeente, aanbieder, referentie_aanbieder, min(dagtekening) as datum
                    from verzoek_antwoord where verzoek_antwoord = '1'
                    group by 1, 2, 3
                )
                select r.id, r.gemeente, r.aanbieder, r.client, r.dagtekening,
                       p.product_categorie, p.product_code, p.ingangsdatum, g.nummer, g.datum, a.datum
                from verzoek r
                left join verzoek_product p on p.verzoek_id = r.id and p.soort = 'AANGEVRAAGD'
                left join toegewezen g on g.gemeente = r.gemeente and g.aanbieder = r.aanbieder
                                      and g.referentie_aanbieder = r.referentie_aanbieder
                left join afgewezen a on a.gemeente = r.gemeente and a.aanbieder = r.aanbieder
                                     and a.referentie_aanbieder = r.referentie_aanbieder
                where r.soort = 'VOT'""" : """
                select r.id, r.gemeente, r.aanbieder, r.client, r.dagtekening,
                       p.product_categorie, p.product_code, p.ingangsdatum, g.nummer, g.datum, a.datum
                from verzoek r
                left join verzoek_product p on p.verzoek_id = r.id and p.soort = 'AANGEVRAAGD'
                left join lateral (
                    select min(tv.toewijzingnummer) as nummer, min(tv.toewijzingsdatum) as datum
                    from toewijzing_versie tv
                    join traject c on c.gemeente = tv.gemeente and c.toewijzingnummer = tv.toewijzingnummer
                    where tv.aanbieder = r.aanbieder and tv.referentie_aanbieder = r.referentie_aanbieder
                      and tv.gemeente = r.gemeente and c.status <> 'CANCELLED') g on true
                left join lateral (
                    select min(v.dagtekening) as datum from verzoek_antwoord v
                    where v.aanbieder = r.aanbieder and v.referentie_aanbieder = r.referentie_aanbieder
                      and v.gemeente = r.gemeente and v.verzoek_antwoord = '1') a on true
                where r.soort = 'VOT' and r.client = any(?)""";
        var vraag = clienten == null ? jdbc.sql(sql) : jdbc.sql(sql).param(clienten);
        vraag.query(rs -> {
            Verzoekregel v = verzoek(rs);
            bouw.computeIfAbsent(v.client(), c -> new Bouw()).verzoeken().add(v);
        });
    }

    private Verzoekregel verzoek(ResultSet rs) throws SQLException {
        LocalDate dagtekening = datum(rs, 5);
        String categorie = rs.getString(6);
        LocalDate ingang = datum(rs, 8);
        Optional<Productcatalogus.Indeling> indeling = categorie == null ? Optional.empty()
                : catalogus.zoek(categorie, rs.getString(7), ingang != null ? ingang : dagtekening);
        LocalDate toegewezen = datum(rs, 10);
        return new Verzoekregel(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), dagtekening,
                indeling.map(i -> i.segment().name()).orElse(null),
                indeling.flatMap(Productcatalogus.Indeling::subsegment).orElse(null),
                rs.getObject(9, Long.class), toegewezen, toegewezen == null ? datum(rs, 11) : null);
    }

    /** As LocalDate directly: the driver parses it without the Calendar of getDate, a large part of reading all rows. */
    private static LocalDate datum(ResultSet rs, int kolom) throws SQLException {
        return rs.getObject(kolom, LocalDate.class);
    }
}
