--liquibase formatted sql

--changeset convene:0019-decision-electorate
-- Who may respond to a decision round is fixed when it opens: the initiative's steering committee
-- at that moment. Members appointed later are not in it; members removed later stay listed but no
-- longer count. Rounds open when this change runs take the committee as it is now.
create table decision_electorate (
    round_id    bigint       not null references decision_round (id) on delete cascade,
    person_id   bigint       not null references person (id) on delete cascade,
    person_name varchar(300) not null,
    -- Set when the round closes: whether the person was still on the committee and so counted.
    counted     boolean      not null default true,
    primary key (round_id, person_id)
);
insert into decision_electorate (round_id, person_id, person_name)
select r.id, ir.person_id, p.display_name
from decision_round r
join recommendation rec on rec.id = r.recommendation_id
join initiative_role ir on ir.initiative_id = rec.initiative_id and ir.role = 'COMMITTEE_MEMBER'
join person p on p.id = ir.person_id
where r.state = 'OPEN';

-- Who marked an objection resolved.
alter table decision_response add column resolved_by_person_id bigint references person (id) on delete set null;
alter table decision_response add column resolved_by_name varchar(300);
--rollback alter table decision_response drop column resolved_by_name, drop column resolved_by_person_id; drop table decision_electorate;
