--liquibase formatted sql

--changeset convene:0051-draft-presence
-- Who has a recommendation draft open (decision 0047): was a map in each node's memory, so an editor on one node
-- never saw the people editing on another. One row per person and recommendation, renewed by each report of an
-- open editor; rows older than the presence TTL (15 min) count as gone and are deleted by the next report.
create table draft_presence (
    recommendation_id bigint       not null references recommendation (id) on delete cascade,
    person_id         bigint       not null references person (id) on delete cascade,
    name              varchar(200) not null,
    seen_at           timestamptz  not null,
    primary key (recommendation_id, person_id)
);
--rollback drop table draft_presence;
