--liquibase formatted sql

--changeset convene:0021-site-settings
-- The site's own settings as administrators set them in the browser: one row (id 1), absent until the first
-- save; until then the configuration's values apply.
create table site_settings (
    id                           smallint primary key check (id = 1),
    site_name                    varchar(100) not null,
    contact_address              varchar(200) not null default '',
    public_url                   varchar(300) not null,
    registration_open_by_default boolean not null,
    updated_at                   timestamp with time zone not null
);
--rollback drop table site_settings;
