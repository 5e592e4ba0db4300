--liquibase formatted sql

--changeset convene:0018-audit-redaction splitStatements:false
-- The audit log stays append-only with one exception: when a person closes their account, the texts
-- that name them (their name and email in labels and before/after states) are replaced by
-- "Former member #id". Only a transaction that set convene.audit_redaction may do it, and only in
-- the text columns: when, what, who (by id) and where stay as they were. Deletes stay refused.
create or replace function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_setting('convene.audit_redaction', true) = 'on'
            and new.id = old.id and new.occurred_at = old.occurred_at
            and new.actor_id is not distinct from old.actor_id and new.action = old.action
            and new.subject_type = old.subject_type and new.initiative_id is not distinct from old.initiative_id then
        return new;
    end if;
    raise exception 'audit_event is append-only: % is not allowed', tg_op;
end;
$$;
--rollback create or replace function audit_event_append_only() returns trigger language plpgsql as $$ begin raise exception 'audit_event is append-only: % is not allowed', tg_op; end; $$;
