--liquibase formatted sql

--changeset convene:0054-data-version splitStatements:false
-- The data version that shared reads are kept under (decision 0069, replacing the MVCC snapshot of decision 0067):
-- every transaction that changes content (any table but the activity tables listed below) adds one row to
-- data_change, once, from a statement trigger; the version is data_change_base.pruned + count(*) of data_change as a
-- statement sees them. Rows of committed transactions only are seen, and a snapshot taken later sees all that an
-- earlier one saw, so two equal versions see the same committed content. A job folds the rows into pruned in one
-- transaction (the sum stays the same). Activity tables (an editor's presence, rate-limit attempts, the outboxes,
-- scheduler locks, the audit trail) change without changing any page's content and leave the version as it is.
create table data_change (
    id bigint generated always as identity primary key
);
create table data_change_base (
    id     smallint primary key check (id = 1),
    pruned bigint not null
);
insert into data_change_base values (1, 0);

create function data_change_note() returns trigger language plpgsql as $$
begin
    if current_setting('convene.data_changed', true) is distinct from 'yes' then
        perform set_config('convene.data_changed', 'yes', true);
        insert into data_change default values;
    end if;
    return null;
end;
$$;

create function data_change_track(target regclass) returns void language plpgsql as $$
begin
    execute format('create trigger data_change_note after insert or update or delete or truncate on %s'
        || ' for each statement execute function data_change_note()', target);
end;
$$;

do $$
declare
    t record;
begin
    for t in select c.oid::regclass as target from pg_class c
             where c.relkind in ('r', 'p') and c.relnamespace = current_schema()::regnamespace
               and c.relname not in ('data_change', 'data_change_base', 'draft_presence', 'rate_attempt',
                                     'rate_limit_key', 'event_publication', 'shedlock',
                                     'mail_delivery', 'library_outbox', 'audit_event', 'schema_stamp',
                                     'databasechangelog', 'databasechangeloglock')
    loop
        perform data_change_track(t.target);
    end loop;
end;
$$;
--rollback drop function data_change_track(regclass); drop function data_change_note() cascade; drop table data_change_base; drop table data_change;
