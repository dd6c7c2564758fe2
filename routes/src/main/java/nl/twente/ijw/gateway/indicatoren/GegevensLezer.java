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
        Map<String, List<Trajectregel.Pauze>> pauzes = pauzes();
        Map<String, String> verwijzers = verwijzerTypes();
        List<Trajectregel> trajecten = new ArrayList<>();
        Map<String, List<Traject>> perClient = new HashMap<>();
        trajectLezer.huidige(peildatum, t -> {
            String sleutel = t.gemeente() + "/" + t.toewijzingNummer();
            LocalDate eind = t.einddatumLevering() != null ? t.einddatumLevering()
                    : t.endedByToewijzing() ? t.einddatum() : null;
            Long tarief = t.productCategorie() == null ? null
                    : catalogus.zoek(t.productCategorie(), t.productCode(), t.ingangsdatum())
                            .map(i -> i.bron().tarief()).orElse(null);
            trajecten.add(new Trajectregel(t, eind, pauzes.getOrDefault(sleutel, List.of()), tarief,
                    verwijzers.get(sleutel)));
            perClient.computeIfAbsent(t.client(), c -> new ArrayList<>()).add(t);
        });
        Map<String, List<Zorgepisode>> episodes = new HashMap<>();
        perClient.forEach((client, lijst) ->
                episodes.put(client, Zorgepisode.van(lijst, peildatum, properties.getReentryGap())));
        return new Gegevens(peildatum, trajecten, episodes, gedeclareerd(), verzoeken());
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

    /**
     * The referrer type (COD327) per toewijzing: of the JW315 line whose ReferentieAanbieder the
     * toewijzing carries; '01' (gemeente) when it carries none; absent when the request is unknown.
     */
    private Map<String, String> verwijzerTypes() {
        Map<String, String> uit = new HashMap<>();
        jdbc.sql("""
                select t.gemeente, t.toewijzingnummer, t.referentie_aanbieder, min(p.verwijzer_type)
                from toewijzing t
                left join verzoek v on v.aanbieder = t.aanbieder and v.referentie_aanbieder = t.referentie_aanbieder
                left join verzoek_product p on p.verzoek_id = v.id and p.soort = 'AANGEVRAAGD'
                group by t.gemeente, t.toewijzingnummer, t.referentie_aanbieder""")
                .query(rs -> {
                    String type = rs.getString(3) == null ? "01" : rs.getString(4);
                    if (type != null) {
                        uit.put(rs.getString(1) + "/" + rs.getLong(2), type);
                    }
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

    private List<Verzoekregel> verzoeken() {
        return jdbc.sql("""
                with toegewezen as (
                    select tv.gemeente, tv.aanbieder, tv.referentie_aanbieder,
                           min(tv.toewijzingsdatum) as datum, min(tv.toewijzingnummer) as nummer
                    from toewijzing_versie tv
                    join toewijzing c on c.gemeente = tv.gemeente and c.toewijzingnummer = tv.toewijzingnummer
                    where tv.referentie_aanbieder is not null and c.reden_wijziging is distinct from '13'
                    group by tv.gemeente, tv.aanbieder, tv.referentie_aanbieder
                ),
                afgewezen as (
                    select gemeente, aanbieder, referentie_aanbieder, min(dagtekening) as datum
                    from verzoek_antwoord where verzoek_antwoord = '1'
                    group by gemeente, aanbieder, referentie_aanbieder
                )
                select v.id, v.gemeente, v.aanbieder, v.client, v.dagtekening,
                       p.product_categorie, p.product_code, p.ingangsdatum, t.nummer, t.datum, a.datum
                from verzoek v
                left join verzoek_product p on p.verzoek_id = v.id and p.soort = 'AANGEVRAAGD'
                left join toegewezen t on t.gemeente = v.gemeente and t.aanbieder = v.aanbieder
                                      and t.referentie_aanbieder = v.referentie_aanbieder
                left join afgewezen a on a.gemeente = v.gemeente and a.aanbieder = v.aanbieder
                                     and a.referentie_aanbieder = v.referentie_aanbieder
                where v.soort = 'VOT'
                order by v.id""")
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
                rs.getObject(9, Long.class), datum(rs, 10), datum(rs, 11));
    }

    private static LocalDate datum(ResultSet rs, int kolom) throws SQLException {
        Date d = rs.getDate(kolom);
        return d == null ? null : d.toLocalDate();
    }
}
