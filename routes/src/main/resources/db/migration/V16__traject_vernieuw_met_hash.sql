-- traject_vernieuw_alles (V15) with merge joins off as well as nested loops. With only nested
-- loops off, the planner joined the first toewijzing versions to the requests (verzoek) with a
-- merge join that re-read the sorted requests 237 million times on the region's archive
-- (66,435 trajectories: 33 s of the rebuild's 143 s); with hash joins the same rows take 2 s.
create or replace function traject_vernieuw_alles() returns integer language plpgsql as $$
declare
    n integer;
begin
    perform set_config('enable_nestloop', 'off', true);
    perform set_config('enable_mergejoin', 'off', true);
    truncate traject;
    insert into traject select * from traject_afleiding;
    get diagnostics n = row_count;
    perform set_config('enable_nestloop', 'on', true);
    perform set_config('enable_mergejoin', 'on', true);
    insert into indicator_mutatie (client) values (null);
    analyze traject;
    return n;
end $$;
