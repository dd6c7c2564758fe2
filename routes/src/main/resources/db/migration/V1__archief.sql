-- The message archive: every input is stored here before it is judged, with its outcome and
-- the retour that was sent, in the same transaction. Facts are derived from this table only.
create table bericht (
    id              bigint generated always as identity primary key,
    ontvangen_op    timestamptz  not null,
    kanaal          varchar(16)  not null,          -- http, jms, map, import
    bron            text,                           -- file name, JMS message id, client address
    sha256          bytea        not null,
    grootte         integer      not null,
    inhoud_gz       bytea        not null,          -- the raw bytes, gzip
    berichttype     varchar(5),                     -- JW301 ... JW325; null when not a message
    berichtcode     text,
    afzender        text,
    ontvanger       text,
    identificatie   text,                           -- as written: " 1" and "1" differ (TR056)
    dagtekening     text,
    uitkomst        varchar(20)  not null,
    retourcodes     text,                           -- the codes on the retour header, space separated
    retour_gz       bytea,                          -- the retour as sent, gzip
    rapport         jsonb,                          -- schema error report or reason for refusal
    origineel_id    bigint references bericht (id)  -- for a repeat or duplicate: the first one
);

create index bericht_afzender_identificatie on bericht (afzender, identificatie);
create index bericht_ontvangen_op on bericht (ontvangen_op);

-- TR056: (Afzender, BerichtCode, Identificatie) is used once. The primary key makes this hold
-- across any number of gateway instances; the first message that claims it wins.
create table bericht_sleutel (
    afzender        text   not null,
    berichtcode     text   not null,
    identificatie   text   not null,
    bericht_id      bigint not null references bericht (id),
    primary key (afzender, berichtcode, identificatie)
);
