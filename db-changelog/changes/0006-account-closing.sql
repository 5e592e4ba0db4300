--liquibase formatted sql

--changeset convene:0006-account-closing
-- A closed account keeps its row (participation still counts) but no name or email, and cannot sign in again.
alter table person add column closed_at timestamp with time zone;
--rollback alter table person drop column closed_at;
