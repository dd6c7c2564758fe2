-- Issue 7 §3. The raw input and the retour are stored encrypted (AES-256-GCM, nonce in front of
-- the ciphertext); sleutel_id names the key, null for rows from before encryption (stored plain
-- until 'sleutels-roteren' encrypts them). The columns keep their names: inhoud_gz and retour_gz
-- hold the encrypted gzip.
alter table bericht add column sleutel_id varchar(64);

-- Who sent the input in, as authenticated (HTTP sender code); null for JMS, inbox and import.
-- A sender may read the report of what it sent in, also when the Afzender could not be read.
alter table bericht add column aanleveraar text;

create index bericht_sleutel_id on bericht (sleutel_id);
