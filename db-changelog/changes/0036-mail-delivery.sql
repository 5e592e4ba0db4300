--liquibase formatted sql

--changeset convene:0036-mail-delivery
-- Every mail Convene sends (decision 0033), written in the transaction of the change that causes it; the event
-- publication registry (0035) carries only its message_id. The row is the exactly-once guard (a send holds its
-- lock; state SENT after the server took it), the retry schedule (attempts, next_attempt_at) and the parking lot
-- (state PARKED with the reason, for administrators to retry or discard). The text is cleared once sent.
create table mail_delivery (
    message_id      varchar(200) not null primary key,
    state           varchar(10)  not null check (state in ('PENDING', 'SENT', 'PARKED', 'DISCARDED')),
    recipient       varchar(320) not null,
    language        varchar(20)  not null,
    subject         varchar(1000) not null,
    body            text,
    person_id       bigint,
    kind            varchar(30),
    calendar        text,
    calendar_method varchar(20),
    attempts        int not null default 0,
    next_attempt_at timestamp with time zone not null,
    last_error      varchar(1000),
    created_at      timestamp with time zone not null,
    done_at         timestamp with time zone
);
create index mail_delivery_waiting on mail_delivery (next_attempt_at) where state = 'PENDING';
create index mail_delivery_parked on mail_delivery (created_at desc) where state = 'PARKED';
create index mail_delivery_done on mail_delivery (done_at) where state in ('SENT', 'DISCARDED');
--rollback drop table mail_delivery;
