-- The analytics snapshot, shared by every node (ADR 0013, ADR 0024): one node computes it once per
-- cluster and saves it here; every node serves it from here. Counts per school and indicator, no
-- person. No foreign key on the school: a school that no longer exists is simply not shown.
create table analytics_snapshot (
    id          smallint primary key,
    computed_at timestamp with time zone
);
-- The one row, locked by each save: two saves never interleave.
insert into analytics_snapshot (id, computed_at) values (1, null);

-- Each indicator of the saved snapshot; failed: its query failed, it has no data anywhere.
create table analytics_indicator (
    indicator_key varchar(80) primary key,
    failed        boolean     not null
);

create table analytics_measure (
    indicator_key varchar(80)      not null references analytics_indicator (indicator_key),
    school_id     bigint           not null,
    numerator     double precision not null,
    denominator   double precision not null,
    primary key (indicator_key, school_id)
);
