--liquibase formatted sql

--changeset convene:0035-notice-kinds
-- Every notice names its kind (what a person's settings choose a delivery for) and, when it has one, the
-- initiative it belongs to (digests group by it). Notices left before this change are workgroup notices.
alter table notice add column kind varchar(30) not null default 'WORKGROUP';
alter table notice alter column kind drop default;
alter table notice add column initiative_id bigint references initiative (id) on delete cascade;
create index notice_unread on notice (person_id) where read_at is null;
--rollback drop index notice_unread; alter table notice drop column initiative_id; alter table notice drop column kind;

--changeset convene:0035-event-publication
-- Spring Modulith's event publication registry (JDBC, schema v2 of Modulith 2.1): an event for a listener that
-- runs after the commit is stored in the publishing transaction and marked completed when the listener ends
-- without an exception; incomplete ones are resubmitted (decision 0033).
create table event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
--rollback drop table event_publication;
