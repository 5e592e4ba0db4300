--liquibase formatted sql

--changeset convene:0034-library-outbox-transaction
-- Each outbox row remembers the transaction that wrote it (decision 0027). Row ids are taken before commit, so
-- a row with a lower id can become visible after a higher one was applied; a node therefore applies rows in
-- (transaction, id) order and only from transactions older than every transaction still running, which can
-- no longer gain rows. Rows written before this change all get this migration's transaction.
alter table library_outbox add column tx xid8 not null default pg_current_xact_id();
create index library_outbox_tx_id on library_outbox (tx, id);
--rollback drop index library_outbox_tx_id; alter table library_outbox drop column tx;
