-- Trajectories (design/INDICATORS.md §1): one row per toewijzing (gemeente, toewijzingnummer),
-- derived from the state tables of V2 and V3.
--
-- Why a view and not a table filled by a Vastlegging: the state tables hold every accepted
-- record as a set (versions, starts, stops, removals marking what they remove), and a set has
-- no order. A view over them is therefore the same whatever order the messages arrived in
-- (OP080), and "rebuild" and "incremental" are one and the same computation: there is nothing
-- to rebuild and nothing that can drift. The facts that need the region's product catalogue
-- (segment, subsegment) or a reference date (ended_by_toewijzing, duration_days) are added in
-- Java (nl.twente.ijw.gateway.facts.TrajectLezer); this view holds only what the messages say.
--
-- Deliveries are linked to the toewijzing by (gemeente, toewijzingnummer); the taakgericht
-- variant without a ToewijzingNummer (IV096) has no trajectory here.
create view traject as
with versies as (
    select gemeente, toewijzingnummer, count(*) as versie
    from toewijzing_versie
    group by gemeente, toewijzingnummer
),
-- The starts that count; two records with the same Begindatum (other product) are one period.
startdag as (
    select distinct gemeente, toewijzingnummer, begindatum
    from zorgstart_geldig
    where toewijzingnummer is not null
),
-- The stop of each start (a stop names the Begindatum of the start it ends). Should two stops
-- count for one start, the latest Einddatum wins, so the result does not depend on ids alone.
stop as (
    select distinct on (gemeente, toewijzingnummer, begindatum)
           gemeente, toewijzingnummer, begindatum, einddatum, reden_beeindiging
    from zorgstop_geldig
    where toewijzingnummer is not null
    order by gemeente, toewijzingnummer, begindatum, einddatum desc, reden_beeindiging desc
),
-- Delivery periods in order: start, its stop (if any), the next start (if any).
periode as (
    select s.gemeente, s.toewijzingnummer, s.begindatum, p.einddatum, p.reden_beeindiging,
           lead(s.begindatum) over (partition by s.gemeente, s.toewijzingnummer order by s.begindatum) as volgende_begindatum,
           row_number() over (partition by s.gemeente, s.toewijzingnummer order by s.begindatum desc) as van_achteren
    from startdag s
    left join stop p on p.gemeente = s.gemeente and p.toewijzingnummer = s.toewijzingnummer
                    and p.begindatum = s.begindatum
),
-- The trajectory's delivery: the first start begins it; the LAST period decides how it ends.
-- A stop with reden 20 (pause) followed by a new start is a pause: the trajectory continues and
-- the nights from the stop's Einddatum to the next Begindatum are pause_days (nights, like
-- duration_days = end - begin), not care days. A pause without a new start ends the trajectory
-- there. A definitive stop followed by a new start on the same toewijzing (allowed, TR326) is
-- treated the same way: the gap counts as pause_days and the last period decides the end.
levering as (
    select gemeente, toewijzingnummer,
           min(begindatum) as begindatum,
           count(*) as aantal_starts,
           max(einddatum) filter (where van_achteren = 1) as einddatum_levering,
           max(reden_beeindiging) filter (where van_achteren = 1) as reden_beeindiging,
           coalesce(sum(greatest(volgende_begindatum - einddatum, 0))
                    filter (where volgende_begindatum is not null and einddatum is not null), 0) as pause_days
    from periode
    group by gemeente, toewijzingnummer
),
-- The change number: the newest archive message that touched the trajectory, counting removed
-- and removing records too (a withdrawal changes the trajectory). Archive ids only grow, so a
-- trajectory's change number grows with every change; GET /api/trajecten pages on it.
wijziging as (
    select gemeente, toewijzingnummer, max(bericht_id) as wijziging
    from (select gemeente, toewijzingnummer, bericht_id from toewijzing_versie
          union all
          select gemeente, toewijzingnummer, bericht_id from zorgstart where toewijzingnummer is not null
          union all
          select gemeente, toewijzingnummer, bericht_id from zorgstop where toewijzingnummer is not null) alles
    group by gemeente, toewijzingnummer
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
       l.begindatum - t.toewijzingsdatum as wait_days,
       l.einddatum_levering,
       l.reden_beeindiging,
       coalesce(l.aantal_starts, 0) as aantal_starts,
       coalesce(l.pause_days, 0) as pause_days,
       -- Without a reference date: a toewijzing whose Einddatum has passed is still ACTIVE here;
       -- TrajectLezer turns it into ENDED (ended_by_toewijzing) for its reference date.
       case when t.reden_wijziging = '13' then 'CANCELLED'
            when l.begindatum is null then 'ALLOCATED'
            when l.einddatum_levering is not null then 'ENDED'
            else 'ACTIVE' end as status,
       w.wijziging
from toewijzing t
join versies v on v.gemeente = t.gemeente and v.toewijzingnummer = t.toewijzingnummer
join wijziging w on w.gemeente = t.gemeente and w.toewijzingnummer = t.toewijzingnummer
left join levering l on l.gemeente = t.gemeente and l.toewijzingnummer = t.toewijzingnummer;
