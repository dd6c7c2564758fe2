-- Trajectories as a table (issue 11 §1). Until now `traject` was a view over the state tables,
-- evaluated in full on every read; at the region's size (67,000 toewijzingen) its plan turned
-- quadratic (nested loops over grouped subqueries, and the VOW origin scanned a materialised CTE
-- once per row), and the indicators took ten minutes. Now:
--
--   traject_afleiding  the derivation, the same columns and the same result as the view of V7
--                      (plus the pauses as two date arrays, which the indicators read with it),
--                      written so that a filter on (gemeente, toewijzingnummer) reaches every part
--                      (no CTE referenced twice): one trajectory is derived in milliseconds;
--   traject            a table with one row per toewijzing, kept current in the transaction of
--                      every accepted message (traject_na_bericht, called by the intake: only the
--                      trajectories whose derivation reads a row of the message) and
--                      filled anew by `rebuild` (traject_vernieuw_alles). Both insert the rows of
--                      traject_afleiding, so incremental and rebuild are equal row for row;
--   indicator_mutatie  a journal of the clients whose facts a message changed, with the
--                      transaction id that wrote it, so the indicators can update their data per
--                      client instead of reading everything again (GegevensLezer).
--
-- The unit of change of the indicator data is the CLIENT: everything an indicator relates a
-- trajectory to beyond its own row (episodes, "followed by" windows, the request it honours, its
-- declarations) belongs to the same client.

-- Finding the rows of one message and of one client.
create index toewijzing_versie_bericht on toewijzing_versie (bericht_id);
create index zorgstart_bericht on zorgstart (bericht_id);
create index zorgstop_bericht on zorgstop (bericht_id);
create index verzoek_bericht on verzoek (bericht_id);
create index verzoek_clientnummer on verzoek (client);
create index verzoek_antwoord_bericht on verzoek_antwoord (bericht_id);
create index verzoek_product_toewijzing on verzoek_product (toewijzingnummer) where toewijzingnummer is not null;
create index declaratie_bericht on declaratie (bericht_id);
create index declaratie_prestatie_declaratie on declaratie_prestatie (declaratie_id);

create view traject_afleiding as
with versies as (
    select gemeente, toewijzingnummer, count(*) as versie
    from toewijzing_versie
    group by gemeente, toewijzingnummer
),
startdag as (
    select distinct gemeente, toewijzingnummer, begindatum
    from zorgstart_geldig
    where toewijzingnummer is not null
),
stop as (
    select distinct on (gemeente, toewijzingnummer, begindatum)
           gemeente, toewijzingnummer, begindatum, einddatum, reden_beeindiging
    from zorgstop_geldig
    where toewijzingnummer is not null
    order by gemeente, toewijzingnummer, begindatum, einddatum desc, reden_beeindiging desc
),
periode as (
    select s.gemeente, s.toewijzingnummer, s.begindatum, p.einddatum, p.reden_beeindiging,
           lead(s.begindatum) over (partition by s.gemeente, s.toewijzingnummer order by s.begindatum) as volgende_begindatum,
           row_number() over (partition by s.gemeente, s.toewijzingnummer order by s.begindatum desc) as van_achteren
    from startdag s
    left join stop p on p.gemeente = s.gemeente and p.toewijzingnummer = s.toewijzingnummer
                    and p.begindatum = s.begindatum
),
levering as (
    select gemeente, toewijzingnummer,
           min(begindatum) as begindatum,
           count(*) as aantal_starts,
           max(einddatum) filter (where van_achteren = 1) as einddatum_levering,
           max(reden_beeindiging) filter (where van_achteren = 1) as reden_beeindiging,
           coalesce(sum(greatest(volgende_begindatum - einddatum, 0))
                    filter (where volgende_begindatum is not null and einddatum is not null), 0) as pause_days,
           -- The pauses themselves, [stop Einddatum, next Begindatum), for the days in care.
           array_agg(einddatum order by begindatum)
               filter (where volgende_begindatum is not null and einddatum is not null and volgende_begindatum > einddatum) as pauze_van,
           array_agg(volgende_begindatum order by begindatum)
               filter (where volgende_begindatum is not null and einddatum is not null and volgende_begindatum > einddatum) as pauze_tot
    from periode
    group by gemeente, toewijzingnummer
),
leeftijd as (
    select distinct on (gemeente, toewijzingnummer) gemeente, toewijzingnummer, leeftijd_bij_begin
    from zorgstart_geldig
    where toewijzingnummer is not null
    order by gemeente, toewijzingnummer, begindatum, leeftijd_bij_begin nulls last
),
wijziging as (
    select gemeente, toewijzingnummer, max(bericht_id) as wijziging
    from (select gemeente, toewijzingnummer, bericht_id from toewijzing_versie
          union all
          select gemeente, toewijzingnummer, bericht_id from zorgstart where toewijzingnummer is not null
          union all
          select gemeente, toewijzingnummer, bericht_id from zorgstop where toewijzingnummer is not null) alles
    group by gemeente, toewijzingnummer
),
-- The origin as the view toewijzing_herkomst of V7 defines it. The toewijzingen a VOW names are
-- looked up per named toewijzing (their earliest non-cancelled version and its request) instead
-- of in a CTE of all origins, which is what made the view quadratic.
eerste as (
    select distinct on (gemeente, toewijzingnummer)
           gemeente, toewijzingnummer, aanbieder, toewijzingsdatum, referentie_aanbieder
    from toewijzing_versie
    where reden_wijziging is distinct from '13'
    order by gemeente, toewijzingnummer, toewijzingsdatum, toewijzingstijd, id
),
herkomst as (
    select e.gemeente, e.toewijzingnummer, e.toewijzingsdatum as eerste_toewijzingsdatum, e.referentie_aanbieder,
           r.dagtekening as verzoek_dagtekening,
           case when e.referentie_aanbieder is null then '01'
                when r.soort = 'VOT' then (select min(p.verwijzer_type) from verzoek_product p
                                           where p.verzoek_id = r.id and p.soort = 'AANGEVRAAGD')
                when r.soort = 'VOW' then (
                    select case when count(distinct b.verwijzer_type) = 1 and count(*) = count(b.verwijzer_type)
                                then min(b.verwijzer_type) end
                    from verzoek_product p
                    join lateral (
                        select case when be.referentie_aanbieder is null then '01'
                                    when br.soort = 'VOT' then (select min(bp.verwijzer_type) from verzoek_product bp
                                                                where bp.verzoek_id = br.id and bp.soort = 'AANGEVRAAGD')
                               end as verwijzer_type
                        from (select v.aanbieder, v.referentie_aanbieder from toewijzing_versie v
                              where v.gemeente = e.gemeente and v.toewijzingnummer = p.toewijzingnummer
                                and v.reden_wijziging is distinct from '13'
                              order by v.toewijzingsdatum, v.toewijzingstijd, v.id
                              limit 1) be
                        left join verzoek br on br.gemeente = e.gemeente and br.aanbieder = be.aanbieder
                                            and br.referentie_aanbieder = be.referentie_aanbieder
                    ) b on true
                    where p.verzoek_id = r.id and p.soort in ('ONGEWIJZIGD', 'TE_WIJZIGEN')
                      and p.toewijzingnummer <> e.toewijzingnummer)
           end as verwijzer_type
    from eerste e
    left join verzoek r on r.gemeente = e.gemeente and r.aanbieder = e.aanbieder
                       and r.referentie_aanbieder = e.referentie_aanbieder
)
select t.gemeente,
       t.toewijzingnummer,
       t.client,
       t.aanbieder,
       t.product_categorie,
       t.product_code,
       t.toewijzingsdatum,
       t.ingangsdatum,
       t.einddatum,
       t.reden_wijziging,
       v.versie,
       l.begindatum,
       l.begindatum - coalesce(h.eerste_toewijzingsdatum, t.toewijzingsdatum) as wait_days,
       l.einddatum_levering,
       l.reden_beeindiging,
       coalesce(l.aantal_starts, 0) as aantal_starts,
       coalesce(l.pause_days, 0) as pause_days,
       case when t.reden_wijziging = '13' then 'CANCELLED'
            when l.begindatum is null then 'ALLOCATED'
            when l.einddatum_levering is not null then 'ENDED'
            else 'ACTIVE' end as status,
       w.wijziging,
       coalesce(h.eerste_toewijzingsdatum, t.toewijzingsdatum) as eerste_toewijzingsdatum,
       h.verwijzer_type,
       h.referentie_aanbieder,
       h.verzoek_dagtekening,
       t.geboortejaar,
       a.leeftijd_bij_begin as leeftijd_bij_start,
       l.pauze_van,
       l.pauze_tot
from toewijzing t
join versies v on v.gemeente = t.gemeente and v.toewijzingnummer = t.toewijzingnummer
join wijziging w on w.gemeente = t.gemeente and w.toewijzingnummer = t.toewijzingnummer
left join levering l on l.gemeente = t.gemeente and l.toewijzingnummer = t.toewijzingnummer
left join leeftijd a on a.gemeente = t.gemeente and a.toewijzingnummer = t.toewijzingnummer
left join herkomst h on h.gemeente = t.gemeente and h.toewijzingnummer = t.toewijzingnummer;

drop view traject;
create table traject as select * from traject_afleiding with no data;
alter table traject add primary key (gemeente, toewijzingnummer);
create index traject_client on traject (client);
create index traject_wijziging on traject (wijziging, gemeente, toewijzingnummer);

create table indicator_mutatie (
    volgnummer bigint generated always as identity primary key,
    xid        xid8 not null default pg_current_xact_id(),
    client     text          -- null: everything changed (rebuild)
);
create index indicator_mutatie_xid on indicator_mutatie (xid);

-- The trajectories of these clients derived anew, one toewijzing at a time (so that the key
-- reaches every part of traject_afleiding), and the clients written to the journal.
-- After message b: derive anew the trajectories whose derivation reads a row of b, and write the
-- clients whose indicator data b changed to the journal. A trajectory reads its own versions,
-- starts and stops; its origin reads the request its first version names (a JW315/JW317 of b can
-- be that request) and, for a VOW, the toewijzingen the VOW names (one level). The clients: those
-- of these trajectories, of b's requests, of the requests a toewijzing of b grants (T1), of the
-- requests an answer of b answers, and of the toewijzingen b declares.
-- A generic plan from the first call: planning the derivation costs more than running it for one key.
create function traject_na_bericht(b bigint) returns integer language plpgsql
set plan_cache_mode = force_generic_plan as $$
declare
    k record;
    n integer := 0;
    clienten text[] := '{}';
begin
    for k in
        with raak as (
            select gemeente, toewijzingnummer from toewijzing_versie where bericht_id = b
            union select gemeente, toewijzingnummer from zorgstart where bericht_id = b and toewijzingnummer is not null
            union select gemeente, toewijzingnummer from zorgstop where bericht_id = b and toewijzingnummer is not null
            union select tv.gemeente, tv.toewijzingnummer from verzoek r
                  join toewijzing_versie tv on tv.aanbieder = r.aanbieder and tv.referentie_aanbieder = r.referentie_aanbieder
                                           and tv.gemeente = r.gemeente
                  where r.bericht_id = b
        )
        select gemeente, toewijzingnummer from raak
        union
        select a.gemeente, a.toewijzingnummer from raak
        join verzoek_product p on p.toewijzingnummer = raak.toewijzingnummer and p.soort in ('ONGEWIJZIGD', 'TE_WIJZIGEN')
        join verzoek r on r.id = p.verzoek_id and r.soort = 'VOW' and r.gemeente = raak.gemeente
        join toewijzing_versie a on a.gemeente = r.gemeente and a.aanbieder = r.aanbieder
                                and a.referentie_aanbieder = r.referentie_aanbieder
    loop
        delete from traject where gemeente = k.gemeente and toewijzingnummer = k.toewijzingnummer;
        insert into traject select * from traject_afleiding
        where gemeente = k.gemeente and toewijzingnummer = k.toewijzingnummer;
        clienten := clienten || array(select client from traject
                                      where gemeente = k.gemeente and toewijzingnummer = k.toewijzingnummer);
        n := n + 1;
    end loop;
    insert into indicator_mutatie (client)
    select distinct c from (
        select unnest(clienten) as c
        union all select client from verzoek where bericht_id = b
        union all select r.client from toewijzing_versie tv
                  join verzoek r on r.gemeente = tv.gemeente and r.aanbieder = tv.aanbieder
                                and r.referentie_aanbieder = tv.referentie_aanbieder
                  where tv.bericht_id = b
        union all select r.client from verzoek_antwoord a
                  join verzoek r on r.aanbieder = a.aanbieder and r.referentie_aanbieder = a.referentie_aanbieder
                                and r.gemeente = a.gemeente
                  where a.bericht_id = b
        union all select t.client from declaratie d
                  join declaratie_prestatie p on p.declaratie_id = d.id
                  join traject t on t.gemeente = p.gemeente and t.toewijzingnummer = p.toewijzingnummer
                  where d.bericht_id = b
    ) x where c is not null;
    return n;
end $$;

-- Everything derived anew (rebuild, and this migration for the existing state).
create function traject_vernieuw_alles() returns integer language plpgsql as $$
declare
    n integer;
begin
    -- The estimates of joins over grouped subqueries are poor; hash joins are right for all rows.
    perform set_config('enable_nestloop', 'off', true);
    truncate traject;
    insert into traject select * from traject_afleiding;
    get diagnostics n = row_count;
    perform set_config('enable_nestloop', 'on', true);
    insert into indicator_mutatie (client) values (null);
    analyze traject;
    return n;
end $$;

select traject_vernieuw_alles();
