--liquibase formatted sql

--changeset convene:0028-convening-invitations
-- The last calendar message each RSVP was sent (RFC 5546): the convening's sequence then and whether it was
-- a REQUEST or a CANCEL. A change is sent when the convening's sequence passes it, once.
create table convening_invitation_sent (
    rsvp_id  bigint      primary key references rsvp (id) on delete cascade,
    sequence integer     not null,
    method   varchar(10) not null,
    sent_at  timestamp with time zone not null default now(),
    constraint convening_invitation_method_known check (method in ('REQUEST', 'CANCEL'))
);
-- The day-before reminder, once per RSVP.
create table convening_reminder_sent (
    rsvp_id bigint primary key references rsvp (id) on delete cascade,
    sent_at timestamp with time zone not null default now()
);
--rollback drop table convening_reminder_sent; drop table convening_invitation_sent;
