-- Delivery to addressees as a transactional outbox: a row is written in the transaction that
-- archives the message, so a message that is accepted is also due for delivery (or neither
-- happened). Workers on any number of instances claim due rows with FOR UPDATE SKIP LOCKED.
create table aflevering (
    id               bigint generated always as identity primary key,
    bericht_id       bigint       not null references bericht (id),
    soort            varchar(12)  not null,   -- DOORSTUREN: accepted message to its Ontvanger; RETOUR: an addressee's retour (or JW325) to the original sender
    ontvanger        text         not null,   -- AGB code or municipality code the message goes to
    sleutel          text         not null,   -- stable key <berichttype>-<Afzender>-<Identificatie>, sent along for de-duplication
    status           varchar(12)  not null,   -- OPEN, AFGELEVERD, DOOD, AFGESLOTEN
    pogingen         integer      not null default 0,
    volgende_poging  timestamptz  not null,
    kanaal           text,                    -- the channel of the last attempt
    laatste_fout     text,
    aangemaakt_op    timestamptz  not null,
    afgeleverd_op    timestamptz,
    dood_op          timestamptz,
    -- One copy per addressee: the same message (or the same retour on it) is never planned twice.
    unique (ontvanger, sleutel)
);

create index aflevering_open on aflevering (volgende_poging) where status = 'OPEN';
-- Per addressee only the oldest open delivery is attempted, so its messages arrive in order.
create index aflevering_open_per_ontvanger on aflevering (ontvanger, id) where status = 'OPEN';
create index aflevering_dood on aflevering (dood_op) where status = 'DOOD';
create index aflevering_bericht on aflevering (bericht_id);
