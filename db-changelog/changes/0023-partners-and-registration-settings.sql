--liquibase formatted sql

--changeset convene:0023-partners-and-registration-settings
-- A partner's part may have a beginning and an end (a funder for 2024-2026); both optional, the end not before
-- the beginning.
alter table initiative_partner
    add column since_date date,
    add column until_date date,
    add constraint initiative_partner_dates check (until_date is null or since_date is null or until_date >= since_date);

-- What the coordinators of an initiative set for its partners and its public registration. No row, or a null
-- registration_open, means the site's default (registration open by default, a site setting).
create table stakeholder_settings (
    initiative_id      bigint primary key references initiative (id) on delete cascade,
    version            bigint  not null default 0,
    registration_open  boolean,
    join_text          varchar(1000),
    join_text_es       varchar(1000),
    partners_by_county boolean not null default false
);
--rollback drop table stakeholder_settings; alter table initiative_partner drop constraint initiative_partner_dates, drop column since_date, drop column until_date;
