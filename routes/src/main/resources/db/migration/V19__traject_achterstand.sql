-- A bulk import derives its trajectories after its batches instead of in each (TrajectTabel):
-- a batch only notes its messages here, in its own transaction, and a pass derives the keys of
-- everything noted with one set-based statement. Per key, the derivation cost about a
-- millisecond of PostgreSQL per message, half of what an import spent in the database; the whole
-- view with hash joins takes seconds for the region. What is noted is durable with the state it
-- belongs to, so after a crash the next start derives it (TrajectAchterstand), and until then
-- the feed (TrajectLezer.pagina) stops before the oldest noted message.
create table traject_achterstand (
    bericht_id bigint not null
);
create index traject_achterstand_bericht on traject_achterstand (bericht_id);

-- The trajectories whose derivation reads a row of messages b (the search of traject_na_berichten,
-- V18): their own versions, starts and stops; the toewijzingen a request of b led to; and one
-- level of VOW, the toewijzingen a VOW names.
create function traject_sleutels(b bigint[]) returns table (gemeente text, toewijzingnummer bigint)
language sql stable as $$
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
$$;

-- The live path with the same search: traject_na_berichten (V18) now loops over traject_sleutels,
-- so the search is defined once; body and journal are otherwise those of V18.
create or replace function traject_na_berichten(b bigint[]) returns integer language plpgsql
set plan_cache_mode = force_generic_plan as $$
declare
    k record;
    n integer := 0;
    nieuwe_client traject.client%type;
    clienten text[] := '{}';
begin
    for k in select * from traject_sleutels(b) loop
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

-- Derives what the import noted. Few messages go key by key, as a live transaction does (with its
-- journal of clients); many go in one statement over the whole view with hash joins (as the
-- rebuild, V16), and the journal says "everything" (null), as after a rebuild. Rows noted while
-- this runs stay for the next pass.
create function traject_achterstand_afleiden(per_sleutel_tot integer) returns integer language plpgsql as $$
declare
    b bigint[];
    n integer;
begin
    with weg as (delete from traject_achterstand returning bericht_id)
    select array_agg(bericht_id) into b from weg;
    if b is null then
        return 0;
    end if;
    if cardinality(b) <= per_sleutel_tot then
        return traject_na_berichten(b);
    end if;
    create temp table traject_te_vernieuwen on commit drop as select distinct * from traject_sleutels(b);
    analyze traject_te_vernieuwen;
    perform set_config('enable_nestloop', 'off', true);
    perform set_config('enable_mergejoin', 'off', true);
    delete from traject t using traject_te_vernieuwen k
    where t.gemeente = k.gemeente and t.toewijzingnummer = k.toewijzingnummer;
    insert into traject select a.* from traject_afleiding a
    join traject_te_vernieuwen k on k.gemeente = a.gemeente and k.toewijzingnummer = a.toewijzingnummer;
    get diagnostics n = row_count;
    perform set_config('enable_nestloop', 'on', true);
    perform set_config('enable_mergejoin', 'on', true);
    drop table traject_te_vernieuwen;
    insert into indicator_mutatie (client) values (null);
    return n;
end $$;
