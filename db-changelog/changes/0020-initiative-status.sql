--liquibase formatted sql

--changeset convene:0020-initiative-status
-- Draft (members only), published (public) or archived (read-only, off the home page). The initiatives
-- that exist already are public. The time zone is where the coalition meets (convenings read it);
-- languages are the content languages it offers, the first being the one its texts are written in.
alter table initiative
    add column status     varchar(20) not null default 'PUBLISHED',
    add column time_zone  varchar(60) not null default 'America/Los_Angeles',
    add column languages  varchar(40) not null default 'en,es',
    add constraint initiative_status_known check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    add constraint initiative_languages_format check (languages ~ '^[a-z]{2}(,[a-z]{2})*$');
--rollback alter table initiative drop column status, drop column time_zone, drop column languages;
