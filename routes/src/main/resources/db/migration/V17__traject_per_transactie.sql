-- The trajectory table kept per transaction instead of per message. An import commits a batch of
-- messages at once; deriving the touched trajectories once at the end (TrajectTabel, before the
-- commit) instead of after each message saves a call, a search for the touched keys and a journal
-- insert per message, and derives a trajectory that several messages of the batch touch only once.
-- The body is that of traject_na_bericht (V15) with "bericht_id = any(b)"; the same rows result,
-- since a trajectory is derived from the state as it is at the end of the transaction either way.
create function traject_na_berichten(b bigint[]) returns integer language plpgsql
set plan_cache_mode = force_generic_plan as $$
declare
    k record;
    n integer := 0;
    clienten text[] := '{}';
begin
    for k in
        with raak as (
            select gemeente, toewijzingnummer from toewijzing_versie where bericht_id = any(b)
            union select gemeente, toewijzingnummer from zorgstart where bericht_id = any(b) and toewijzingnummer is not null
            union select gemeente, toewijzingnummer from zorgstop where bericht_id = any(b) and toewijzingnummer is not null
            union select tv.gemeente, tv.toewijzingnummer from verzoek r
                  join toewijzing_versie tv on tv.aanbieder = r.aanbieder and tv.referentie_aanbieder = r.referentie_aanbieder
                                           and tv.gemeente = r.gemeente
                  where r.bericht_id = any(b)
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
        union all select client from verzoek where bericht_id = any(b)
        union all select r.client from toewijzing_versie tv
                  join verzoek r on r.gemeente = tv.gemeente and r.aanbieder = tv.aanbieder
                                and r.referentie_aanbieder = tv.referentie_aanbieder
                  where tv.bericht_id = any(b)
        union all select r.client from verzoek_antwoord a
                  join verzoek r on r.aanbieder = a.aanbieder and r.referentie_aanbieder = a.referentie_aanbieder
                                and r.gemeente = a.gemeente
                  where a.bericht_id = any(b)
        union all select t.client from declaratie d
                  join declaratie_prestatie p on p.declaratie_id = d.id
                  join traject t on t.gemeente = p.gemeente and t.toewijzingnummer = p.toewijzingnummer
                  where d.bericht_id = any(b)
    ) x where c is not null;
    return n;
end $$;

create or replace function traject_na_bericht(b bigint) returns integer language sql as $$
    select traject_na_berichten(array[b])
$$;
