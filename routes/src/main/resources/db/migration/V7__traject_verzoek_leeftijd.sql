-- Trajectory facts, second step: the request a toewijzing honours (referrer type, T1/T2), the
-- wait counted from the original decision, and the client's birth year and age at the start.
--
-- Privacy: only the birth YEAR is kept (of the JW301 Client Geboortedatum) and the age in whole
-- years at the Begindatum, computed from the JW305's Geboortedatum when the start is recorded.
-- The birth date itself is never stored. Rows stored before this migration have nulls here
-- until the 'rebuild' command derives the state tables again from the archive.
alter table toewijzing_versie add column geboortejaar smallint;   -- null when DatumGebruik 3 (unknown)
alter table zorgstart add column leeftijd_bij_begin smallint;      -- whole years on the Begindatum

-- The views over "select *" name their columns when they are created: recreate them so they
-- carry the new columns (appended at the end, as CREATE OR REPLACE VIEW requires).
create or replace view toewijzing as
select distinct on (gemeente, toewijzingnummer) *
from toewijzing_versie
order by gemeente, toewijzingnummer, toewijzingsdatum desc, toewijzingstijd desc, id desc;

create or replace view zorgstart_geldig as
select * from zorgstart where status_aanlevering = '1' and verwijderd_door is null;

-- The outcome of every request (a VOT line or a VOW), for indicator T1:
--   GRANTED  a JW301 of the gemeente to the aanbieder carried its ReferentieAanbieder (TR379), on
--            a toewijzing that is not cancelled (RedenWijziging 13: counts nowhere); antwoord_datum
--            = the earliest Toewijzingsdatum of such a version;
--   REFUSED  otherwise, a JW319 with VerzoekAntwoord 1; antwoord_datum = its Dagtekening (the
--            earliest, should there be more);
--   OPEN     otherwise ("in onderzoek", VerzoekAntwoord 2, keeps a request open); antwoord_datum null.
-- T1: requests = rows with soort 'VOT' and Dagtekening in the year (gemeente = the JW315's
-- Ontvanger); shares of GRANTED / REFUSED; days = antwoord_datum - dagtekening where not OPEN.
create view verzoek_uitkomst as
with toegewezen as (
    select v.gemeente, v.aanbieder, v.referentie_aanbieder, min(v.toewijzingsdatum) as datum
    from toewijzing_versie v
    join toewijzing t on t.gemeente = v.gemeente and t.toewijzingnummer = v.toewijzingnummer
    where v.referentie_aanbieder is not null and t.reden_wijziging is distinct from '13'
    group by v.gemeente, v.aanbieder, v.referentie_aanbieder
),
afgewezen as (
    select gemeente, aanbieder, referentie_aanbieder, min(dagtekening) as datum
    from verzoek_antwoord
    where verzoek_antwoord = '1'
    group by gemeente, aanbieder, referentie_aanbieder
)
select r.id as verzoek_id,
       r.soort,
       r.aanbieder,
       r.gemeente,
       r.client,
       r.referentie_aanbieder,
       r.dagtekening,
       case when g.datum is not null then 'GRANTED'
            when a.datum is not null then 'REFUSED'
            else 'OPEN' end as uitkomst,
       coalesce(g.datum, a.datum) as antwoord_datum
from verzoek r
left join toegewezen g on g.gemeente = r.gemeente and g.aanbieder = r.aanbieder
                      and g.referentie_aanbieder = r.referentie_aanbieder
left join afgewezen a on a.gemeente = r.gemeente and a.aanbieder = r.aanbieder
                     and a.referentie_aanbieder = r.referentie_aanbieder;

-- The origin of every toewijzing: its earliest version that is not a cancellation (the original
-- decision) and the request that version honours, if any (TR379: the reference is carried only
-- by the version sent as the direct result of a request).
--   verwijzer_type: VOT line  → that line's Verwijzer Type (COD327);
--                   no reference → '01' (gemeente: the municipality started it itself);
--                   VOW (a NieuwProduct granted on a provider's change request) → the referrer of
--                   the toewijzingen the VOW names (OngewijzigdProduct / TeWijzigenProduct) when
--                   they all have the same one, else null: a VOW is no new referral, it continues
--                   the care those toewijzingen began. One level deep: a chain of VOWs ends in null.
--                   A reference to a request unknown here → null (unknown).
create view toewijzing_herkomst as
with eerste as (
    select distinct on (gemeente, toewijzingnummer)
           gemeente, toewijzingnummer, aanbieder, toewijzingsdatum, referentie_aanbieder
    from toewijzing_versie
    where reden_wijziging is distinct from '13'
    order by gemeente, toewijzingnummer, toewijzingsdatum, toewijzingstijd, id
),
direct as (
    select e.gemeente, e.toewijzingnummer, e.toewijzingsdatum as eerste_toewijzingsdatum,
           e.referentie_aanbieder, r.id as verzoek_id, r.soort as verzoek_soort, r.dagtekening as verzoek_dagtekening,
           case when e.referentie_aanbieder is null then '01'
                when r.soort = 'VOT' then (select min(p.verwijzer_type) from verzoek_product p
                                           where p.verzoek_id = r.id and p.soort = 'AANGEVRAAGD')
           end as verwijzer_type
    from eerste e
    left join verzoek r on r.gemeente = e.gemeente and r.aanbieder = e.aanbieder
                       and r.referentie_aanbieder = e.referentie_aanbieder
)
select d.gemeente, d.toewijzingnummer, d.eerste_toewijzingsdatum, d.referentie_aanbieder, d.verzoek_id,
       d.verzoek_soort, d.verzoek_dagtekening,
       case when d.verzoek_soort = 'VOW' then
                (select case when count(distinct b.verwijzer_type) = 1 and count(*) = count(b.verwijzer_type)
                             then min(b.verwijzer_type) end
                 from verzoek_product p
                 join direct b on b.gemeente = d.gemeente and b.toewijzingnummer = p.toewijzingnummer
                 where p.verzoek_id = d.verzoek_id and p.soort in ('ONGEWIJZIGD', 'TE_WIJZIGEN')
                   and b.toewijzingnummer <> d.toewijzingnummer)
            else d.verwijzer_type end as verwijzer_type
from direct d;

-- The trajectory view of V6 with, appended: the origin (above), the birth year of the current
-- version and the age at the first start that counts. wait_days now counts from the EARLIEST
-- non-cancelled version's Toewijzingsdatum (the original decision): a later extension decided
-- after the start would otherwise give a negative wait. toewijzingsdatum stays the newest's.
create or replace view traject as
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
                    filter (where volgende_begindatum is not null and einddatum is not null), 0) as pause_days
    from periode
    group by gemeente, toewijzingnummer
),
-- The age on the first Begindatum that counts (two products started that day: the same client).
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
       a.leeftijd_bij_begin as leeftijd_bij_start
from toewijzing t
join versies v on v.gemeente = t.gemeente and v.toewijzingnummer = t.toewijzingnummer
join wijziging w on w.gemeente = t.gemeente and w.toewijzingnummer = t.toewijzingnummer
left join levering l on l.gemeente = t.gemeente and l.toewijzingnummer = t.toewijzingnummer
left join leeftijd a on a.gemeente = t.gemeente and a.toewijzingnummer = t.toewijzingnummer
left join toewijzing_herkomst h on h.gemeente = t.gemeente and h.toewijzingnummer = t.toewijzingnummer;
