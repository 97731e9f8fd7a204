-- Who teaches which class, and which class a pupil is enrolled in this year.
create table class_teacher (
    class_id   bigint not null references school_class (id) on delete cascade,
    teacher_id bigint not null references account (id) on delete cascade,
    primary key (class_id, teacher_id)
);
create index class_teacher_teacher_idx on class_teacher (teacher_id);

create table enrolment (
    pupil_id bigint not null references account (id) on delete cascade,
    class_id bigint not null references school_class (id) on delete cascade,
    primary key (pupil_id, class_id)
);
create index enrolment_class_idx on enrolment (class_id);

-- Declared accessibility needs: what to accommodate, never a diagnosis (sensitive data).
create table pupil_need (
    pupil_id bigint      not null references account (id) on delete cascade,
    need     varchar(24) not null check (need in ('LARGE_PRINT', 'SCREEN_READER', 'HEARING_SUPPORT',
                                                  'SWITCH_ACCESS', 'READING_SUPPORT', 'ATTENTION_SUPPORT',
                                                  'SIMPLIFIED_CONTENT', 'REMOTE_ATTENDANCE')),
    primary key (pupil_id, need)
);
