--liquibase formatted sql

--changeset convene:0052-rate-attempts
-- Rate limits shared by every node (decision 0047): the registration allowances and the wrong check-in codes
-- were counted in each node's memory, so with N nodes the limits were N times higher. One row per counted attempt;
-- the key (a network address, an email, a browser session, a person) is stored only as an HMAC-SHA-256 of the
-- installation's key, never in clear. Rows older than their window are deleted when their key is next checked and by
-- a locked job every few minutes (expires_at).
create table rate_attempt (
    bucket     varchar(40) not null,
    key_hash   varchar(64) not null,
    at         timestamptz not null,
    expires_at timestamptz not null
);
create index rate_attempt_key on rate_attempt (bucket, key_hash, at);
create index rate_attempt_expiry on rate_attempt (expires_at);
-- The HMAC key, made once per installation so every node hashes alike; convene.rate-limits.secret (the same on
-- every node) overrides it, to keep the key out of the database.
create table rate_limit_key (
    id     smallint primary key check (id = 1),
    secret text     not null
);
insert into rate_limit_key (id, secret)
    values (1, replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
--rollback drop table rate_limit_key;
--rollback drop table rate_attempt;
