--liquibase formatted sql

--changeset convene:0024-closure-names
-- Closing an account replaces every copy of the person's name that modules keep next to their
-- rows ("Former member #id"), found by the person's id. Names that were kept without an id get one:
-- who acted in a workgroup's feed (and whom a join, lead or removal entry is about), who moved a
-- milestone, who opened a decision round, who resolved or deleted a comment, who withdrew a
-- recommendation. Existing rows take the id of the one person who bears that name now, where
-- exactly one does; rows whose name is shared or no longer borne stay without an id.
alter table workgroup_activity add column actor_id bigint references person (id);
alter table workgroup_activity add column detail_person_id bigint references person (id);
alter table milestone_progress add column actor_id bigint references person (id);
alter table decision_round add column opened_by_person_id bigint references person (id);
alter table recommendation_comment add column resolved_by_person_id bigint references person (id);
alter table recommendation_comment add column deleted_by_person_id bigint references person (id);
alter table recommendation add column withdrawn_by_person_id bigint references person (id);

create temporary table closure_unique_name as
select min(id) as person_id, display_name from person where closed_at is null
group by display_name having count(*) = 1;

update workgroup_activity a set actor_id = u.person_id from closure_unique_name u where u.display_name = a.actor_name;
update workgroup_activity a set detail_person_id = u.person_id from closure_unique_name u
where u.display_name = a.detail and a.kind in ('joined', 'lead', 'removed');
update milestone_progress p set actor_id = u.person_id from closure_unique_name u where u.display_name = p.actor_name;
update decision_round r set opened_by_person_id = u.person_id from closure_unique_name u
where u.display_name = r.opened_by_name;
update recommendation_comment c set resolved_by_person_id = u.person_id from closure_unique_name u
where u.display_name = c.resolved_by_name;
update recommendation_comment c set deleted_by_person_id = u.person_id from closure_unique_name u
where u.display_name = c.deleted_by_name;
update recommendation r set withdrawn_by_person_id = u.person_id from closure_unique_name u
where u.display_name = r.withdrawn_by_name;
drop table closure_unique_name;

-- Accounts closed before this change: the copies that were kept with their id lose the name now.
update recommendation_revision v set author_name = p.display_name from person p
where p.id = v.author_person_id and p.closed_at is not null;
update recommendation_comment c set author_name = p.display_name from person p
where p.id = c.author_person_id and p.closed_at is not null;
update decision_response d set person_name = p.display_name from person p
where p.id = d.person_id and p.closed_at is not null;
update decision_response d set resolved_by_name = p.display_name from person p
where p.id = d.resolved_by_person_id and p.closed_at is not null;
update decision_electorate e set person_name = p.display_name from person p
where p.id = e.person_id and p.closed_at is not null;
--rollback alter table recommendation drop column withdrawn_by_person_id; alter table recommendation_comment drop column deleted_by_person_id, drop column resolved_by_person_id; alter table decision_round drop column opened_by_person_id; alter table milestone_progress drop column actor_id; alter table workgroup_activity drop column detail_person_id, drop column actor_id;
