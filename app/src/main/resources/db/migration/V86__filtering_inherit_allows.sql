-- Issue 23: a whitelist-only level (a nursery school, a class of young pupils) takes no allow rule
-- from the levels above it unless it says so. inherit_allows is that "says so"; it means something
-- only on a level whose whitelist_only is true (false elsewhere). Existing levels keep the default:
-- they do not take them.
alter table filtering_policy add column inherit_allows boolean default false not null;
