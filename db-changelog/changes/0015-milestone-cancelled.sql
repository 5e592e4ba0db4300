--liquibase formatted sql

--changeset convene:0015-milestone-cancelled
-- A milestone can be cancelled (with a reason, kept in its progress history) and reopened.
alter table milestone drop constraint milestone_status;
alter table milestone add constraint milestone_status
    check (status in ('PLANNED', 'IN_PROGRESS', 'AT_RISK', 'BLOCKED', 'DONE', 'CANCELLED'));
drop index milestone_open_due;
create index milestone_open_due on milestone (due_date) where status not in ('DONE', 'CANCELLED');
--rollback drop index milestone_open_due; create index milestone_open_due on milestone (due_date) where status <> 'DONE'; update milestone set status = 'PLANNED' where status = 'CANCELLED'; alter table milestone drop constraint milestone_status; alter table milestone add constraint milestone_status check (status in ('PLANNED', 'IN_PROGRESS', 'AT_RISK', 'BLOCKED', 'DONE'));
