-- Starts (JW305 StartProduct) and stops (JW307 StopProduct) of accepted messages, one row per
-- record as it was sent. Status 1 adds a record; status 3 removes the earlier record with the
-- same key (IV008). A removed record keeps its row and points to the row that removed it, so the
-- history stays complete: what counts is status 1 and not removed (views below). From the
-- counting rows a trajectory follows: start, pause (stop with reden 20), resumption (a new
-- start, new Begindatum), definitive end (stop with another reden). The client is a keyed
-- pseudonym (HMAC-SHA256 of the BSN), never the BSN itself.
create table zorgstart (
    id                      bigint generated always as identity primary key,
    bericht_id              bigint not null references bericht (id),
    gemeente                text   not null,   -- Ontvanger of the JW305
    aanbieder               text   not null,   -- Afzender of the JW305
    client                  text   not null,
    toewijzingnummer        bigint,            -- absent in the taakgericht variant (IV096)
    product_categorie       text,
    product_code            text,
    toewijzing_ingangsdatum date,
    begindatum              date   not null,
    status_aanlevering      text   not null,   -- 1 add, 3 remove
    verwijderd_door         bigint references zorgstart (id)  -- on a status-1 row: the status-3 row that removed it
);

create index zorgstart_dossier on zorgstart (gemeente, aanbieder, client);
create index zorgstart_toewijzing on zorgstart (gemeente, toewijzingnummer);

create table zorgstop (
    id                      bigint generated always as identity primary key,
    bericht_id              bigint not null references bericht (id),
    gemeente                text   not null,   -- Ontvanger of the JW307
    aanbieder               text   not null,   -- Afzender of the JW307
    client                  text   not null,
    toewijzingnummer        bigint,
    product_categorie       text,
    product_code            text,
    toewijzing_ingangsdatum date,
    begindatum              date   not null,   -- the Begindatum of the start it ends
    reden_beeindiging       text   not null,   -- 20 = temporary (pause), any other = definitive
    einddatum               date   not null,
    status_aanlevering      text   not null,
    verwijderd_door         bigint references zorgstop (id)
);

create index zorgstop_dossier on zorgstop (gemeente, aanbieder, client);
create index zorgstop_toewijzing on zorgstop (gemeente, toewijzingnummer);

-- The records that count: sent with status 1 and not removed since.
create view zorgstart_geldig as
select * from zorgstart where status_aanlevering = '1' and verwijderd_door is null;

create view zorgstop_geldig as
select * from zorgstop where status_aanlevering = '1' and verwijderd_door is null;
