--liquibase formatted sql

--changeset test:0001-stamp
create table schema_stamp (
    id             smallint primary key check (id = 1),
    changelog_hash varchar(64) not null,
    stamped_at     timestamptz not null
);
