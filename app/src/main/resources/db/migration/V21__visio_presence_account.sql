-- The Passerelle account behind a stay in a visio room, when the occupant came with a Passerelle
-- token (its context.user.id is the account id); guests by link and anything else stay null.
alter table visio_presence add column account_id bigint references account (id) on delete set null;
update visio_presence set account_id =
    (select a.id from account a where cast(a.id as varchar(80)) = visio_presence.occupant_id);
create index visio_presence_account_idx on visio_presence (account_id);
