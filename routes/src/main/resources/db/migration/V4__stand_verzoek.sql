-- Requests of accepted JW315 (one row per AangevraagdProduct: every VOT line is a request of its
-- own) and JW317 (one row per VOW), and the answers of accepted JW319 messages. A request's
-- outcome follows from these and toewijzing_versie: granted by a JW301 carrying its
-- ReferentieAanbieder, refused by a JW319 with VerzoekAntwoord 1, open otherwise (TR374, §6.6).
-- The client is a keyed pseudonym (HMAC-SHA256 of the BSN), never the BSN itself.
create table verzoek (
    id                   bigint generated always as identity primary key,
    bericht_id           bigint  not null references bericht (id),
    soort                varchar(3) not null check (soort in ('VOT', 'VOW')),
    aanbieder            text    not null,   -- Afzender of the JW315/JW317
    gemeente             text    not null,   -- Ontvanger
    client               text    not null,
    referentie_aanbieder text    not null,   -- as written: strings keep their spaces
    dagtekening          date    not null,   -- of the message
    reden_verzoek        text,               -- VOW only (WJ758)
    -- TR347 / OP361: one namespace of references per aanbieder for VOT lines and VOWs alike.
    -- The rule reports 9347; this constraint only guards against two instances racing.
    constraint verzoek_referentie_uniek unique (aanbieder, referentie_aanbieder)
);

create index verzoek_client on verzoek (aanbieder, client);

-- What a request asks for. VOT: the line's product and period (ToewijzingIngangsdatum and
-- -Einddatum). VOW: every OngewijzigdProduct, TeWijzigenProduct and NieuwProduct; the first two
-- name their toewijzing and carry no product of their own.
create table verzoek_product (
    id                   bigint generated always as identity primary key,
    verzoek_id           bigint  not null references verzoek (id),
    soort                varchar(12) not null
                         check (soort in ('AANGEVRAAGD', 'ONGEWIJZIGD', 'TE_WIJZIGEN', 'NIEUW')),
    toewijzingnummer     bigint,
    product_categorie    text,
    product_code         text,
    ingangsdatum         date,              -- VOT: ToewijzingIngangsdatum; VOW: GewensteIngangsdatum
    einddatum            date,
    volume               integer,
    eenheid              text,
    frequentie           text,
    budget               bigint,
    verwijzer_type       text               -- VOT only (COD327)
);

create index verzoek_product_verzoek on verzoek_product (verzoek_id);

-- Answers of accepted JW319 messages: VerzoekAntwoord 1 refuses the request, 2 puts it "in onderzoek".
create table verzoek_antwoord (
    id                   bigint generated always as identity primary key,
    bericht_id           bigint  not null references bericht (id),
    gemeente             text    not null,   -- Afzender of the JW319
    aanbieder            text    not null,   -- Ontvanger
    referentie_aanbieder text    not null,
    verzoek_antwoord     text    not null,   -- WJ760
    reden_afwijzing      text,               -- WJ759
    woonplaatsbeginsel   text,               -- the gemeente responsible instead (reden 8)
    dagtekening          date    not null
);

create index verzoek_antwoord_referentie on verzoek_antwoord (aanbieder, referentie_aanbieder);
