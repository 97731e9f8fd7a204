-- Spring Modulith's event publication registry (durable module events, ADR 0024), written for
-- both PostgreSQL and H2: each publication of an event to a module listener is a row, written in
-- the transaction that published it, removed once the listener completed (completion mode DELETE);
-- the rows still here at start are resubmitted.
create table event_publication (
  id uuid not null primary key,
  listener_id varchar(512) not null,
  event_type varchar(512) not null,
  serialized_event varchar(100000) not null,
  publication_date timestamp(6) with time zone not null,
  completion_date timestamp(6) with time zone,
  status varchar(20),
  completion_attempts int,
  last_resubmission_date timestamp(6) with time zone
);
create index event_publication_by_completion_date on event_publication (completion_date);
create index event_publication_by_listener on event_publication (listener_id);
