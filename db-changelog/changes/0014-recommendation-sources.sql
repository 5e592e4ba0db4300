--liquibase formatted sql

--changeset convene:0014-recommendation-sources
-- The strategic goals and workgroups a recommendation comes from.
create table recommendation_goal (
    recommendation_id bigint not null references recommendation (id) on delete cascade,
    goal_id           bigint not null references strategic_goal (id) on delete cascade,
    primary key (recommendation_id, goal_id)
);
create table recommendation_workgroup (
    recommendation_id bigint not null references recommendation (id) on delete cascade,
    workgroup_id      bigint not null references workgroup (id) on delete cascade,
    primary key (recommendation_id, workgroup_id)
);
--rollback drop table recommendation_workgroup; drop table recommendation_goal;
