--liquibase formatted sql

--changeset convene:0050-scheduled-job-locks
-- Scheduled jobs run once across nodes (decision 0047): ShedLock's table. A node that starts a job inserts or
-- takes over the job's row (lock_until in the past) and holds it until lock_until; the others skip the run.
-- Times are the database's (ShedLock's usingDbTime: timezone('utc', current_timestamp)), so nodes' clocks do not matter.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
--rollback drop table shedlock;
