-- traject_na_berichten (V17) read the client of each trajectory it had just inserted with a
-- query of its own, a third statement per touched toewijzing; the insert hands it back instead
-- (a toewijzing has at most one trajectory row: the primary key). Same rows, same journal.
create or replace function traject_na_berichten(b bigint[]) returns integer language plpgsql
set plan_cache_mode = force_generic_plan as $$
declare
    k record;
    n integer := 0;
    nieuwe_client traject.client%type;
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
        where gemeente = k.gemeente and toewijzingnummer = k.toewijzingnummer
        returning client into nieuwe_client;
        if nieuwe_client is not null then
            clienten := clienten || nieuwe_client;
        end if;
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
