-- Decisions of the filtering API counted per school, day and category: no address, no person.
-- category '' = no category (the default rule, or a rule for any request). No foreign key on the
-- school: counts are written in batches off the request path and must never be refused; rows of
-- a school that no longer exists are simply not joined by the indicators.
create table filtering_decision_count (
    school_id bigint      not null,
    decided_on date       not null,
    category  varchar(64) not null,
    allowed   bigint      not null default 0,
    blocked   bigint      not null default 0,
    primary key (school_id, decided_on, category)
);
