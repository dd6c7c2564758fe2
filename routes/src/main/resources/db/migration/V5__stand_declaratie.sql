-- Declarations (JW323) as far as the gemeente accepted them: the declaration itself when its
-- Declaratie class was not refused, and only the GRANTED prestaties (refused ones never existed,
-- IV087/OP286). Cross-message rules (TR314, TR318, TR322, TR323, TR333, TR369, TR385, TR389,
-- TR390) and the cost indicators read these tables. The client is a keyed pseudonym, never a BSN.
create table declaratie (
    id                     bigint generated always as identity primary key,
    bericht_id             bigint not null references bericht (id),
    aanbieder              text   not null,   -- Afzender of the JW323 (AGB)
    gemeente               text   not null,   -- Ontvanger of the JW323
    declaratienummer       text   not null,
    periode_begin          date   not null,   -- DeclaratiePeriode: one calendar month (CS340)
    periode_eind           date   not null,
    declaratie_dagtekening date   not null,
    totaal_ingediend       bigint not null,   -- eurocent, signed: debit +, credit -
    totaal_toegekend       bigint not null    -- eurocent, signed: the granted prestaties
);

-- TR333: a DeclaratieNummer is used once per aanbieder. Also a backstop when two gateway
-- instances judge two declarations of one aanbieder at the same moment.
create unique index declaratie_nummer on declaratie (aanbieder, declaratienummer);
create index declaratie_periode on declaratie (aanbieder, gemeente, periode_begin);

create table declaratie_prestatie (
    id                     bigint generated always as identity primary key,
    declaratie_id          bigint not null references declaratie (id),
    aanbieder              text   not null,
    gemeente               text   not null,
    client                 text   not null,   -- pseudonym of the Bsn under which it was declared
    referentienummer       text   not null,   -- as written (LDT_ReferentieNummer keeps spaces)
    vorig_referentienummer text,              -- only on a credit: the debit it cancels
    toewijzingnummer       bigint not null,
    product_categorie      text   not null,
    product_code           text   not null,
    periode_begin          date   not null,   -- ProductPeriode
    periode_eind           date   not null,
    geleverd_volume        bigint not null,
    eenheid                text   not null,   -- WJ756
    product_tarief         bigint,            -- eurocent per eenheid; absent for Eenheid 83
    bedrag                 bigint not null,   -- IngediendBedrag as declared (>= 0)
    debet_credit           char(1) not null,  -- D or C
    bedrag_met_teken       bigint not null    -- debit +, credit -
);

-- TR314: a ReferentieNummer is used once per aanbieder (granted prestaties only).
create unique index declaratie_prestatie_referentie on declaratie_prestatie (aanbieder, referentienummer);
create index declaratie_prestatie_vorig on declaratie_prestatie (aanbieder, vorig_referentienummer);
create index declaratie_prestatie_toewijzing on declaratie_prestatie (gemeente, toewijzingnummer);
create index declaratie_prestatie_client on declaratie_prestatie (client);
