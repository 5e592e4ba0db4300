--liquibase formatted sql

--changeset convene:0055-draft-presence-per-editor
-- Decision 0072: one row per open editor (a browser tab), not per person. Closing one of a person's two editors
-- removed the person's one row, so the others saw them gone while their other editor was still open, and every
-- open editor of theirs had to report again at the next refresh. Presence is kept for minutes only, so the rows of
-- the moment are dropped rather than carried over: each open editor reports again at its next refresh.
-- The lock keeps a node still running the build before from adding a row between the delete and the new column
-- (stop the old nodes first: their upsert names the old key).
lock table draft_presence in access exclusive mode;
delete from draft_presence;
alter table draft_presence add column editor uuid not null;
alter table draft_presence drop constraint draft_presence_pkey;
alter table draft_presence add primary key (recommendation_id, person_id, editor);
--rollback delete from draft_presence;
--rollback alter table draft_presence drop constraint draft_presence_pkey;
--rollback alter table draft_presence drop column editor;
--rollback alter table draft_presence add primary key (recommendation_id, person_id);
