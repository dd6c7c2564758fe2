-- Search keys of archived messages that live inside the body: every ToewijzingNummer (T) and
-- the keyed pseudonym of every client BSN (C). Written when the message is received, so the
-- search never needs the raw body (which the retention job may purge) and never holds a BSN.
create table bericht_kenmerk (
    bericht_id  bigint   not null references bericht (id),
    soort       char(1)  not null,
    waarde      text     not null,
    primary key (soort, waarde, bericht_id)
);

create index bericht_ontvanger on bericht (ontvanger, ontvangen_op);
create index bericht_identificatie on bericht (identificatie);
