--liquibase formatted sql

--changeset convene:0041-registration-language
-- The language a registrant filled in the form: mail to them (acknowledgement, decision) is written in it
-- (decision 0038). Registrations from before this change, and imported ones, have none: English.
alter table registration add column language varchar(8);
--rollback alter table registration drop column language;

--changeset convene:0041-decision-round-closing-notice
-- When the electorate was told that an open round closes soon: once per round (decision 0038).
alter table decision_round add column closing_notice_at timestamp with time zone;
--rollback alter table decision_round drop column closing_notice_at;
