--liquibase formatted sql

--changeset convene:0022-bilingual-content
-- Each public text has an optional translation into the initiative's second content language (Spanish for
-- 'en,es'); blank means "not translated", and readers then see the original. A goal can carry a short code
-- ("Goal 2") and is retired by a flag, never deleted, so its workgroups, milestones and recommendation links stay.
alter table initiative
    add column name_translation    varchar(200),
    add column summary_translation text,
    add column vision_translation  text,
    add column mission_translation text;
alter table strategic_goal
    add column code                    varchar(20),
    add column title_translation       varchar(200),
    add column description_translation text,
    add column retired                 boolean not null default false;
alter table goal_strategy
    add column text_translation varchar(1000);
alter table phase
    add column name_translation varchar(200);
--rollback alter table phase drop column name_translation; alter table goal_strategy drop column text_translation; alter table strategic_goal drop column code, drop column title_translation, drop column description_translation, drop column retired; alter table initiative drop column name_translation, drop column summary_translation, drop column vision_translation, drop column mission_translation;
