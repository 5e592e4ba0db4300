--liquibase formatted sql

--changeset convene:0048-implementation-indicators
-- Indicators of the same initiative linked to a tracked recommendation (decision 0042, as milestones are linked).
create table implementation_indicator (
    implementation_id bigint not null references recommendation_implementation (id) on delete cascade,
    indicator_id      bigint not null references indicator (id) on delete cascade,
    primary key (implementation_id, indicator_id)
);
create index implementation_indicator_indicator on implementation_indicator (indicator_id);
--rollback drop table implementation_indicator;
