--liquibase formatted sql

--changeset convene:0043-registration-cell-key
-- Every registration's fixed random key for the disclosure control of the demographics counts (decision 0040):
-- uniform in [0, 2^31), set once at insert by the column default. PostgreSQL evaluates a volatile default once
-- per existing row when the column is added (the table is rewritten), so existing registrations get their own key
-- too. Nothing ever updates it; it is never shown or exported.
alter table registration add column cell_key integer not null default floor(random() * 2147483648)::integer;
alter table registration add constraint registration_cell_key_range check (cell_key >= 0);
--rollback alter table registration drop constraint registration_cell_key_range; alter table registration drop column cell_key;
