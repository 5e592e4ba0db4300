--liquibase formatted sql

--changeset convene:0009-calendar-token
-- A secret for a person's own calendar feed address (calendar clients cannot sign in).
alter table person add column calendar_token varchar(64);
create unique index person_calendar_token on person (calendar_token) where calendar_token is not null;
--rollback drop index person_calendar_token; alter table person drop column calendar_token;
