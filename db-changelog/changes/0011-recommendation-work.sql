--liquibase formatted sql

--changeset convene:0011-recommendation-work
-- A member's unsaved text, kept on the server until they save or discard it: nothing typed is lost
-- when a tab closes or a save is refused.
create table recommendation_work (
    recommendation_id bigint       not null references recommendation (id) on delete cascade,
    person_id         bigint       not null references person (id) on delete cascade,
    base_revision     int          not null,
    title             varchar(200) not null,
    body              text         not null,
    summary           varchar(200) not null default '',
    updated_at        timestamp with time zone not null,
    primary key (recommendation_id, person_id)
);
--rollback drop table recommendation_work;
