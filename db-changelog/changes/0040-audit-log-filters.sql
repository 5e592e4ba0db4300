--liquibase formatted sql

--changeset convene:0040-audit-log-filters
-- The administrators' audit log filters by initiative, person (actor), action and kind of record, newest first:
-- one index per filter that ends in the list's order, so a filtered page (and the CSV export's keyset batches)
-- reads only the rows it shows. The initiative's index gains the id to match the order exactly.
drop index audit_event_initiative;
create index audit_event_initiative on audit_event (initiative_id, occurred_at desc, id desc);
create index audit_event_actor on audit_event (actor_id, occurred_at desc, id desc);
create index audit_event_action on audit_event (action, occurred_at desc, id desc);
create index audit_event_subject_type on audit_event (subject_type, occurred_at desc, id desc);
--rollback drop index audit_event_subject_type; drop index audit_event_action; drop index audit_event_actor; drop index audit_event_initiative; create index audit_event_initiative on audit_event (initiative_id, occurred_at desc);
