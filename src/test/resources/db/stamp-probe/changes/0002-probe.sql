--liquibase formatted sql

--changeset test:0002-probe-table
create table probe_run (at timestamptz not null default clock_timestamp());

--changeset test:0002-probe-run
insert into probe_run default values;
