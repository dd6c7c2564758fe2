package nl.twente.ijw.gateway.indicatoren;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.twente.ijw.gateway.facts.Traject;
import nl.twente.ijw.gateway.facts.TrajectLezer;
import nl.twente.ijw.gateway.facts.Zorgepisode;
import nl.twente.ijw.mapping.Productcatalogus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the {@link Gegevens} for a reference date in one go (trajectories, pauses, declared
 * amounts, requests) and keeps the last one: it is read again only when the archive has a
 * message it did not have (the largest archive id changed) or another reference date is asked.
 */
@Component
class GegevensLezer {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GegevensLezer.class);

    private final JdbcClient jdbc;
    private final TrajectLezer trajectLezer;
    private final Productcatalogus catalogus;
    private final IndicatorProperties properties;

    private record Sleutel(LocalDate peildatum, long laatsteBericht) {
    }

    private Sleutel bewaardVoor;
    private Gegevens bewaard;

    GegevensLezer(JdbcTemplate jdbcTemplate, TrajectLezer trajectLezer, Productcatalogus catalogus,
                  IndicatorProperties properties) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.trajectLezer = trajectLezer;
        this.catalogus = catalogus;
        this.properties = properties;
    }

    LocalDate vandaag() {
        return trajectLezer.vandaag();
    }

    synchronized Gegevens lees(LocalDate peildatum) {
        long laatste = jdbc.sql("select coalesce(max(id), 0) from bericht").query(Long.class).single();
        Sleutel sleutel = new Sleutel(peildatum, laatste);
        if (!sleutel.equals(bewaardVoor)) {
            bewaard = leesNieuw(peildatum);
            bewaardVoor = sleutel;
        }
        return bewaard;
    }

    private Gegevens leesNieuw(LocalDate peildatum) {
        long t0 = System.nanoTime();
        Map<String, List<Trajectregel.Pauze>> pauzes = pauzes();
        long t1 = System.nanoTime();
        Map<String, Long> tarieven = new HashMap<>();
        List<Trajectregel> trajecten = new ArrayList<>();
        Map<String, List<Traject>> perClient = new HashMap<>();
        trajectLezer.huidige(peildatum, t -> {
            String sleutel = t.gemeente() + "/" + t.toewijzingNummer();
            LocalDate eind = t.einddatumLevering() != null ? t.einddatumLevering()
                    : t.endedByToewijzing() ? t.einddatum() : null;
            // Few distinct (product, date) pairs: look each up once.
            Long tarief = t.productCategorie() == null ? null
                    : tarieven.computeIfAbsent(t.productCategorie() + "/" + t.productCode() + "/" + t.ingangsdatum(),
                            k -> catalogus.zoek(t.productCategorie(), t.productCode(), t.ingangsdatum())
                                    .map(i -> i.bron().tarief()).orElse(null));
            trajecten.add(new Trajectregel(t, eind, pauzes.getOrDefault(sleutel, List.of()), tarief,
                    t.verwijzerType()));
            perClient.computeIfAbsent(t.client(), c -> new ArrayList<>()).add(t);
        });
        long t2 = System.nanoTime();
        Map<String, List<Zorgepisode>> episodes = new HashMap<>();
        perClient.forEach((client, lijst) ->
                episodes.put(client, Zorgepisode.van(lijst, peildatum, properties.getReentryGap())));
        long t3 = System.nanoTime();
        Gegevens g = new Gegevens(peildatum, trajecten, episodes, gedeclareerd(), verzoeken());
        LOG.info("indicatorgegevens voor peildatum {} gelezen: {} trajecten, {} verzoeken in {} ms "
                        + "(pauzes {} ms, trajecten {} ms, episodes {} ms, declaraties en verzoeken {} ms)",
                peildatum, trajecten.size(), g.verzoeken.size(), ms(t0, System.nanoTime()), ms(t0, t1), ms(t1, t2),
                ms(t2, t3), ms(t3, System.nanoTime()));
        return g;
    }

    private static long ms(long van, long tot) {
        return (tot - van) / 1_000_000;
    }

    /** The pauses per toewijzing, as the view {@code traject} derives them (V6). */
    private Map<String, List<Trajectregel.Pauze>> pauzes() {
        Map<String, List<Trajectregel.Pauze>> uit = new HashMap<>();
        jdbc.sql("""
                with startdag as (
                    select distinct gemeente, toewijzingnummer, begindatum from zorgstart_geldig
                    where toewijzingnummer is not null
                ),
                stop as (
                    select distinct on (gemeente, toewijzingnummer, begindatum)
                           gemeente, toewijzingnummer, begindatum, einddatum
                    from zorgstop_geldig where toewijzingnummer is not null
                    order by gemeente, toewijzingnummer, begindatum, einddatum desc, reden_beeindiging desc
                ),
                periode as (
                    select s.gemeente, s.toewijzingnummer, p.einddatum,
                           lead(s.begindatum) over (partition by s.gemeente, s.toewijzingnummer order by s.begindatum) as volgende
                    from startdag s
                    left join stop p on p.gemeente = s.gemeente and p.toewijzingnummer = s.toewijzingnummer
                                    and p.begindatum = s.begindatum
                )
                select gemeente, toewijzingnummer, einddatum, volgende from periode
                where einddatum is not null and volgende is not null and volgende > einddatum""")
                .query(rs -> {
                    uit.computeIfAbsent(rs.getString(1) + "/" + rs.getLong(2), k -> new ArrayList<>())
                            .add(new Trajectregel.Pauze(datum(rs, 3), datum(rs, 4)));
                });
        return uit;
    }

    /** Granted prestaties (debit +, credit −) per toewijzing and year of their ProductPeriode. */
    private Map<String, Map<Integer, Long>> gedeclareerd() {
        Map<String, Map<Integer, Long>> uit = new HashMap<>();
        jdbc.sql("""
                select gemeente, toewijzingnummer, extract(year from periode_begin)::int, sum(bedrag_met_teken)
                from declaratie_prestatie group by 1, 2, 3""")
                .query(rs -> {
                    uit.computeIfAbsent(rs.getString(1) + "/" + rs.getLong(2), k -> new HashMap<>())
                            .put(rs.getInt(3), rs.getLong(4));
                });
        return uit;
    }

    /** The JW315 lines with their outcome (view verzoek_uitkomst, V7) and the toewijzing that granted them. */
    private List<Verzoekregel> verzoeken() {
        return jdbc.sql("""
                select u.verzoek_id, u.gemeente, u.aanbieder, u.client, u.dagtekening,
                       p.product_categorie, p.product_code, p.ingangsdatum,
                       (select min(tv.toewijzingnummer) from toewijzing_versie tv
                        join toewijzing c on c.gemeente = tv.gemeente and c.toewijzingnummer = tv.toewijzingnummer
                        where tv.gemeente = u.gemeente and tv.aanbieder = u.aanbieder
                          and tv.referentie_aanbieder = u.referentie_aanbieder
                          and c.reden_wijziging is distinct from '13') as nummer,
                       u.uitkomst, u.antwoord_datum
                from verzoek_uitkomst u
                left join verzoek_product p on p.verzoek_id = u.verzoek_id and p.soort = 'AANGEVRAAGD'
                where u.soort = 'VOT'
                order by u.verzoek_id""")
                .query((rs, n) -> verzoek(rs)).list();
    }

    private Verzoekregel verzoek(ResultSet rs) throws SQLException {
        LocalDate dagtekening = datum(rs, 5);
        String categorie = rs.getString(6);
        LocalDate ingang = datum(rs, 8);
        Optional<Productcatalogus.Indeling> indeling = categorie == null ? Optional.empty()
                : catalogus.zoek(categorie, rs.getString(7), ingang != null ? ingang : dagtekening);
        return new Verzoekregel(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), dagtekening,
                indeling.map(i -> i.segment().name()).orElse(null),
                indeling.flatMap(Productcatalogus.Indeling::subsegment).orElse(null),
                rs.getObject(9, Long.class),
                "GRANTED".equals(rs.getString(10)) ? datum(rs, 11) : null,
                "REFUSED".equals(rs.getString(10)) ? datum(rs, 11) : null);
    }

    private static LocalDate datum(ResultSet rs, int kolom) throws SQLException {
        Date d = rs.getDate(kolom);
        return d == null ? null : d.toLocalDate();
    }
}
