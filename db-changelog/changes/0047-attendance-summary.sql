--liquibase formatted sql

--changeset convene:0047-attendance-summary splitStatements:false
-- The participation dashboard's read model of attendance (decision 0043): scanning 500,000 attendances on every
-- view cost most of its time. Two derived tables, kept current by triggers on attendance and convening whatever
-- code writes them, so every figure is the same as counted from attendance itself:
-- attendance_first: per initiative and person, the start of the first convening (not cancelled) they checked in to;
-- a row exists exactly when the person attended at least one convening of the initiative that was not cancelled.
-- convening_turnout: per convening, how many checked in (members and guests; a row only when more than none).
-- No foreign keys: both are derived, rebuilt from attendance for the people and convenings a write touches.
create table attendance_first (
    initiative_id     bigint not null,
    person_id         bigint not null,
    first_attended_at timestamp with time zone not null,
    primary key (initiative_id, person_id)
);
create index attendance_first_person on attendance_first (person_id);
create table convening_turnout (
    convening_id bigint primary key,
    attended     bigint not null
);

-- Recomputes the first attendance of these people in every initiative (after a check-in is removed or moved, or a
-- convening is cancelled, restored, moved in time or to another initiative).
create function attendance_first_refresh(people bigint[]) returns void language plpgsql as $$
begin
    delete from attendance_first f using unnest(people) p(id) where f.person_id = p.id;
    insert into attendance_first (initiative_id, person_id, first_attended_at)
    select c.initiative_id, a.person_id, min(c.starts_at)
    from unnest(people) p(id) join attendance a on a.person_id = p.id join convening c on c.id = a.convening_id
    where c.status <> 'CANCELLED' group by 1, 2
    on conflict (initiative_id, person_id) do update set first_attended_at = excluded.first_attended_at;
end;
$$;

-- A check-in can only make a first attendance earlier: merged with least(), safe for concurrent check-ins.
create function attendance_summary_inserted() returns trigger language plpgsql as $$
begin
    insert into attendance_first (initiative_id, person_id, first_attended_at)
    select c.initiative_id, n.person_id, min(c.starts_at) from new_rows n join convening c on c.id = n.convening_id
    where n.person_id is not null and c.status <> 'CANCELLED' group by 1, 2
    on conflict (initiative_id, person_id)
        do update set first_attended_at = least(attendance_first.first_attended_at, excluded.first_attended_at);
    insert into convening_turnout (convening_id, attended)
    select convening_id, count(*) from new_rows group by 1
    on conflict (convening_id) do update set attended = convening_turnout.attended + excluded.attended;
    return null;
end;
$$;

create function attendance_summary_deleted() returns trigger language plpgsql as $$
begin
    update convening_turnout t set attended = t.attended - o.n
    from (select convening_id, count(*) as n from old_rows group by 1) o where t.convening_id = o.convening_id;
    delete from convening_turnout where attended <= 0;
    perform attendance_first_refresh(array(select distinct person_id from old_rows where person_id is not null));
    return null;
end;
$$;

create function attendance_summary_updated() returns trigger language plpgsql as $$
begin
    update convening_turnout t set attended = t.attended - o.n
    from (select convening_id, count(*) as n from old_rows group by 1) o where t.convening_id = o.convening_id;
    insert into convening_turnout (convening_id, attended)
    select convening_id, count(*) from new_rows group by 1
    on conflict (convening_id) do update set attended = convening_turnout.attended + excluded.attended;
    delete from convening_turnout where attended <= 0;
    perform attendance_first_refresh(array(select person_id from old_rows where person_id is not null
        union select person_id from new_rows where person_id is not null));
    return null;
end;
$$;

create function convening_summary_updated() returns trigger language plpgsql as $$
begin
    perform attendance_first_refresh(array(
        select distinct a.person_id from old_rows o join new_rows n on n.id = o.id
        join attendance a on a.convening_id = n.id
        where a.person_id is not null
          and (o.status, o.starts_at, o.initiative_id) is distinct from (n.status, n.starts_at, n.initiative_id)));
    return null;
end;
$$;

create trigger attendance_summary_insert after insert on attendance referencing new table as new_rows
    for each statement execute function attendance_summary_inserted();
create trigger attendance_summary_delete after delete on attendance referencing old table as old_rows
    for each statement execute function attendance_summary_deleted();
create trigger attendance_summary_update after update on attendance referencing old table as old_rows new table as new_rows
    for each statement execute function attendance_summary_updated();
create trigger convening_summary_update after update on convening referencing old table as old_rows new table as new_rows
    for each statement execute function convening_summary_updated();

insert into attendance_first (initiative_id, person_id, first_attended_at)
select c.initiative_id, a.person_id, min(c.starts_at) from attendance a join convening c on c.id = a.convening_id
where a.person_id is not null and c.status <> 'CANCELLED' group by 1, 2;
insert into convening_turnout (convening_id, attended) select convening_id, count(*) from attendance group by 1;
--rollback drop trigger convening_summary_update on convening; drop trigger attendance_summary_update on attendance; drop trigger attendance_summary_delete on attendance; drop trigger attendance_summary_insert on attendance; drop function convening_summary_updated(); drop function attendance_summary_updated(); drop function attendance_summary_deleted(); drop function attendance_summary_inserted(); drop function attendance_first_refresh(bigint[]); drop table convening_turnout; drop table attendance_first;
