-- Retention: after ijw.levering.bewaartermijn the raw bodies (and the retour, which echoes
-- them) are purged; the row with its header fields, outcome and report stays, as do the facts.
alter table bericht alter column inhoud_gz drop not null;
alter table bericht add column inhoud_verwijderd_op timestamptz;
-- A rejected message is kept whole until an operator marks it handled.
alter table bericht add column afgehandeld_op timestamptz;
