--liquibase formatted sql

--changeset convene:0037-notification-settings
-- A person's choice of delivery per kind of notice (decision 0034). No row, or a row without a delivery (after
-- "reset to defaults"), means the kind's default. The key is the one lookup every notice makes. The version
-- grows with every change, so a page opened before another change of the same kind cannot overwrite it.
create table notification_setting (
    person_id  bigint not null references person (id) on delete cascade,
    kind       varchar(30) not null,
    delivery   varchar(10),
    version    bigint not null,
    changed_at timestamp with time zone not null,
    primary key (person_id, kind)
);
--rollback drop table notification_setting;

--changeset convene:0037-person-language
-- The language a person reads their mail and notices in (a language tag: en, es), chosen in their profile;
-- set at first sign-in to the language of that session. Null for people known before: English.
alter table person add column language varchar(8);
--rollback alter table person drop column language;
