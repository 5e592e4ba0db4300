--liquibase formatted sql

--changeset convene:0016-recommendation-corrections
-- Which revision is on the public page (it stays there while a correction goes through a new
-- decision round), why and when a recommendation was withdrawn, and comments that were edited or
-- deleted (soft: the row stays so the thread's replies keep their place).
alter table recommendation add column published_revision int;
alter table recommendation add column published_at timestamp with time zone;
alter table recommendation add column first_published_at timestamp with time zone;
alter table recommendation add column withdrawn_reason varchar(2000);
alter table recommendation add column withdrawn_by_name varchar(200);
alter table recommendation add column withdrawn_at timestamp with time zone;
update recommendation r set published_revision = d.revision_number, published_at = d.closed_at,
    first_published_at = d.closed_at
from (select distinct on (recommendation_id) recommendation_id, revision_number, closed_at from decision_round
      where state = 'CLOSED' and result = 'APPROVED' order by recommendation_id, id desc) d
where d.recommendation_id = r.id and r.status = 'PUBLISHED';

alter table recommendation_comment add column edited_at timestamp with time zone;
alter table recommendation_comment add column deleted_at timestamp with time zone;
alter table recommendation_comment add column deleted_by_name varchar(200);
alter table recommendation_comment add column deleted_reason varchar(2000);
--rollback alter table recommendation_comment drop column deleted_reason, drop column deleted_by_name, drop column deleted_at, drop column edited_at; alter table recommendation drop column withdrawn_at, drop column withdrawn_by_name, drop column withdrawn_reason, drop column first_published_at, drop column published_at, drop column published_revision;
