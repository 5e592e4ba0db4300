--liquibase formatted sql

--changeset convene:0039-notice-pages
-- The notices page reads a person's notices newest first, ties broken by id, one page at a time, all of them or
-- the unread ones only (decision 0036): both orders come straight from an index, whatever the number of notices.
drop index notice_person;
create index notice_person on notice (person_id, created_at desc, id desc);
create index notice_person_unread on notice (person_id, created_at desc, id desc) where read_at is null;
--rollback drop index notice_person_unread; drop index notice_person; create index notice_person on notice (person_id, created_at desc);
