--liquibase formatted sql

--changeset test:0001-stamp
create table schema_stamp (
    id             smallint primary key check (id = 1),
    changelog_hash varchar(64) not null,
    stamped_at     timestamptz not null
);

--changeset test:0001-always runAlways:true
create table if not exists probe_run (at timestamptz not null default clock_timestamp());
insert into probe_run default values;
