--liquibase formatted sql

--changeset convene:0033-library-index-identity
-- One random value per database: a node's search index and outbox position name the database they were built
-- from, so an index left over from another database (e.g. after .convene/postgres was deleted) is rebuilt.
create table library_index_identity (
    identity uuid primary key default gen_random_uuid()
);
insert into library_index_identity default values;
