-- Toewijzingen of accepted JW301 messages: every version, as cross-message rules and facts need
-- them. The client is a keyed pseudonym (HMAC-SHA256 of the BSN), never the BSN itself.
create table toewijzing_versie (
    id                   bigint generated always as identity primary key,
    bericht_id           bigint not null references bericht (id),
    gemeente             text   not null,   -- Afzender of the JW301
    aanbieder            text   not null,   -- Ontvanger of the JW301
    client               text   not null,
    toewijzingnummer     bigint not null,
    referentie_aanbieder text,
    product_categorie    text,
    product_code         text,
    toewijzingsdatum     date   not null,
    toewijzingstijd      time   not null,
    ingangsdatum         date   not null,
    einddatum            date,
    reden_wijziging      text,
    volume               integer,
    eenheid              text,
    frequentie           text,
    budget               bigint
);

create index toewijzing_versie_nummer on toewijzing_versie (gemeente, toewijzingnummer);
create index toewijzing_versie_client on toewijzing_versie (client);
create index toewijzing_versie_referentie on toewijzing_versie (aanbieder, referentie_aanbieder);

-- The current version: latest decision (Toewijzingsdatum + Toewijzingstijd), not latest arrival.
create view toewijzing as
select distinct on (gemeente, toewijzingnummer) *
from toewijzing_versie
order by gemeente, toewijzingnummer, toewijzingsdatum desc, toewijzingstijd desc, id desc;
