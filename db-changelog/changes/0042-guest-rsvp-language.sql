--liquibase formatted sql

--changeset convene:0042-guest-rsvp-language
-- The language a guest used on the RSVP form (the page's language when they sent it): every mail to the guest
-- (the confirmation link, where they stand, calendar invitations, reminders) is written in it alone. Members'
-- RSVPs leave it empty: their mail follows their own settings. Guests who asked before this change wrote to an
-- English and Spanish mail; they are kept in English, the site's base language (decision 0039).
alter table rsvp add column guest_language varchar(10);
update rsvp set guest_language = 'en' where person_id is null;
alter table rsvp add constraint rsvp_guest_language_format check (guest_language ~ '^[a-z]{2}$');
--rollback alter table rsvp drop constraint rsvp_guest_language_format; alter table rsvp drop column guest_language;
