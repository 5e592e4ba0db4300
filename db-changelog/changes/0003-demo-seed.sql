--liquibase formatted sql

--changeset convene:0003-demo-seed
-- Which demo coalitions have been loaded, so each is loaded once and never again.
create table demo_seed (
    seed_key  varchar(100) primary key,
    loaded_at timestamp with time zone not null default now()
);
--rollback drop table demo_seed;
