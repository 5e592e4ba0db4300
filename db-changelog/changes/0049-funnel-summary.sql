--liquibase formatted sql

--changeset convene:0049-funnel-summary splitStatements:false
-- The participation dashboard's read model of the funnel (decision 0043): joining every registration with its
-- workgroups, first attendance and contributions on each view cost most of its time at 100,000 people.
-- funnel_registration: one row per registration with the columns the funnel groups by and when the person first
-- joined a workgroup, attended a convening and contributed in the registration's initiative. Kept current by
-- triggers on every table it is derived from, whatever code writes them; deleted with its registration.
create table funnel_registration (
    registration_id  bigint primary key references registration (id) on delete cascade,
    initiative_id    bigint not null,
    person_id        bigint,
    approved         boolean not null,
    sector           varchar(40),
    county           varchar(120),
    region           varchar(200),
    org_type         varchar(40),
    gender           varchar(40),
    lived_experience varchar(40),
    race_ethnicity   varchar(400),
    cell_key         bigint not null,
    created_at       timestamp with time zone not null,
    decided_at       timestamp with time zone,
    workgroup_at     timestamp with time zone,
    attended_at      timestamp with time zone,
    contributed_at   timestamp with time zone
);
create index funnel_registration_initiative on funnel_registration (initiative_id);
-- The refresh looks a person's contributions up by author.
create index recommendation_comment_author on recommendation_comment (author_person_id);
create index recommendation_revision_author on recommendation_revision (author_person_id);
create index decision_response_person on decision_response (person_id);
create index workgroup_note_author on workgroup_note (author_id);

-- Recomputes these registrations' rows from the tables they are derived from. It first locks the rows it replaces
-- (in id order), so a transaction refreshing the same registration at the same time finishes first and what it
-- committed is read here: two refreshes never leave a row computed from a snapshot that missed the other's write.
-- One generic plan: re-planning the statement for each call cost more than running it (1 ms a registration).
create function funnel_refresh(registrations bigint[]) returns void language plpgsql
    set plan_cache_mode = force_generic_plan as $$
begin
    if cardinality(registrations) = 0 then
        return;
    end if;
    perform 1 from funnel_registration where registration_id = any(registrations) order by registration_id for update;
    insert into funnel_registration (registration_id, initiative_id, person_id, approved, sector, county, region,
        org_type, gender, lived_experience, race_ethnicity, cell_key, created_at, decided_at, workgroup_at, attended_at,
        contributed_at)
    select r.id, r.initiative_id, r.person_id, r.status = 'APPROVED', r.sector, r.county, r.region, o.type, r.gender,
           r.lived_experience, r.race_ethnicity, coalesce(r.cell_key, 0), r.created_at, r.decided_at,
           (select min(m.joined_at) from workgroup_member m join workgroup w on w.id = m.workgroup_id
            where m.person_id = r.person_id and w.initiative_id = r.initiative_id),
           (select s.first_attended_at from attendance_first s
            where s.initiative_id = r.initiative_id and s.person_id = r.person_id),
           (select min(x.at) from (
                select min(cm.created_at) as at from recommendation_comment cm
                join recommendation rc on rc.id = cm.recommendation_id
                where cm.author_person_id = r.person_id and rc.initiative_id = r.initiative_id
                union all
                select min(rv.created_at) from recommendation_revision rv
                join recommendation rc on rc.id = rv.recommendation_id
                where rv.author_person_id = r.person_id and rc.initiative_id = r.initiative_id
                union all
                select min(dr.updated_at) from decision_response dr join decision_round d on d.id = dr.round_id
                join recommendation rc on rc.id = d.recommendation_id
                where dr.person_id = r.person_id and rc.initiative_id = r.initiative_id
                union all
                select min(n.created_at) from workgroup_note n join workgroup w on w.id = n.workgroup_id
                where n.author_id = r.person_id and w.initiative_id = r.initiative_id) x)
    from registration r left join organization o on o.id = r.organization_id
    where r.id = any(registrations)
    on conflict (registration_id) do update set initiative_id = excluded.initiative_id,
        person_id = excluded.person_id, approved = excluded.approved, sector = excluded.sector,
        county = excluded.county, region = excluded.region, org_type = excluded.org_type, gender = excluded.gender,
        lived_experience = excluded.lived_experience, race_ethnicity = excluded.race_ethnicity,
        cell_key = excluded.cell_key, created_at = excluded.created_at, decided_at = excluded.decided_at,
        workgroup_at = excluded.workgroup_at, attended_at = excluded.attended_at,
        contributed_at = excluded.contributed_at;
end;
$$;

-- Every registration of these people, in every initiative.
create function funnel_refresh_people(people bigint[]) returns void language plpgsql as $$
begin
    if cardinality(people) > 0 then
        perform funnel_refresh(array(select r.id from registration r where r.person_id = any(people)));
    end if;
end;
$$;

-- A new registration without an account has nothing else to look up (a form or an import: most of them).
create function funnel_registrations_inserted() returns trigger language plpgsql as $$
begin
    insert into funnel_registration (registration_id, initiative_id, person_id, approved, sector, county, region,
        org_type, gender, lived_experience, race_ethnicity, cell_key, created_at, decided_at)
    select n.id, n.initiative_id, n.person_id, n.status = 'APPROVED', n.sector, n.county, n.region, o.type, n.gender,
           n.lived_experience, n.race_ethnicity, coalesce(n.cell_key, 0), n.created_at, n.decided_at
    from new_rows n left join organization o on o.id = n.organization_id where n.person_id is null;
    perform funnel_refresh(array(select id from new_rows where person_id is not null));
    return null;
end;
$$;

create function funnel_registrations_updated() returns trigger language plpgsql as $$
begin
    perform funnel_refresh(array(select id from new_rows));
    return null;
end;
$$;

create function funnel_organizations_updated() returns trigger language plpgsql as $$
begin
    perform funnel_refresh(array(select r.id from old_rows o join new_rows n on n.id = o.id
        join registration r on r.organization_id = n.id where o.type is distinct from n.type));
    return null;
end;
$$;

-- A write to a table of the person's participation (the trigger's argument names its person column).
create function funnel_people_written() returns trigger language plpgsql as $$
declare
    people bigint[];
begin
    execute format(case tg_op
        when 'INSERT' then 'select array(select distinct %1$I from new_rows where %1$I is not null)'
        when 'DELETE' then 'select array(select distinct %1$I from old_rows where %1$I is not null)'
        else 'select array(select %1$I from old_rows where %1$I is not null'
             ' union select %1$I from new_rows where %1$I is not null)' end, tg_argv[0]) into people;
    perform funnel_refresh_people(people);
    return null;
end;
$$;

create trigger funnel_registration_insert after insert on registration referencing new table as new_rows
    for each statement execute function funnel_registrations_inserted();
create trigger funnel_registration_update after update on registration referencing new table as new_rows
    for each statement execute function funnel_registrations_updated();
create trigger funnel_organization_update after update on organization referencing old table as old_rows
    new table as new_rows for each statement execute function funnel_organizations_updated();

-- The tables of a person's participation, and the column naming the person: a trigger per write.
do $$
declare
    t record;
begin
    for t in select * from (values ('workgroup_member', 'person_id'), ('attendance_first', 'person_id'),
            ('recommendation_comment', 'author_person_id'), ('recommendation_revision', 'author_person_id'),
            ('decision_response', 'person_id'), ('workgroup_note', 'author_id')) v(name, person) loop
        execute format('create trigger funnel_%1$s_insert after insert on %1$I referencing new table as new_rows'
            ' for each statement execute function funnel_people_written(%2$L)', t.name, t.person);
        execute format('create trigger funnel_%1$s_update after update on %1$I referencing old table as old_rows'
            ' new table as new_rows for each statement execute function funnel_people_written(%2$L)', t.name, t.person);
        execute format('create trigger funnel_%1$s_delete after delete on %1$I referencing old table as old_rows'
            ' for each statement execute function funnel_people_written(%2$L)', t.name, t.person);
    end loop;
end;
$$;

select funnel_refresh(array(select id from registration));
--rollback do $$ declare t text; op text; begin foreach t in array array['workgroup_member', 'attendance_first', 'recommendation_comment', 'recommendation_revision', 'decision_response', 'workgroup_note'] loop foreach op in array array['insert', 'update', 'delete'] loop execute format('drop trigger funnel_%1$s_%2$s on %1$I', t, op); end loop; end loop; end; $$; drop trigger funnel_organization_update on organization; drop trigger funnel_registration_update on registration; drop trigger funnel_registration_insert on registration; drop function funnel_people_written(); drop function funnel_organizations_updated(); drop function funnel_registrations_updated(); drop function funnel_registrations_inserted(); drop function funnel_refresh_people(bigint[]); drop function funnel_refresh(bigint[]); drop index workgroup_note_author; drop index decision_response_person; drop index recommendation_revision_author; drop index recommendation_comment_author; drop table funnel_registration;
