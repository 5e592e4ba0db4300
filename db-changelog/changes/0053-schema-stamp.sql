--liquibase formatted sql

--changeset convene:0053-schema-stamp
-- The changelog this database was last brought up to (decision 0052, amended): a SHA-256 over every file of the
-- changelog, Liquibase's version and the settings it ran with, written by a start after Liquibase has finished. A
-- later start whose changelog hashes the same skips Liquibase (it would find nothing to do, at ~0.7 s a start); any
-- other start runs it as before and stamps again. One row.
create table schema_stamp (
    id             smallint primary key check (id = 1),
    changelog_hash varchar(64) not null,
    stamped_at     timestamptz not null
);
