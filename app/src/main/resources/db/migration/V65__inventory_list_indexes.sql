-- The inventory list's first page, sorted by school (its default), by name or by purchase date,
-- read from indexes in order and stopped after one page instead of sorting every device:
-- schools by name, then their devices (device_school_kind_idx); devices by name or by date.
create index school_name_idx on school (name, id);
create index device_name_idx on device (name, id);
create index device_purchase_idx on device (purchase_date, id);
create index device_state_idx on device (state, school_id);
