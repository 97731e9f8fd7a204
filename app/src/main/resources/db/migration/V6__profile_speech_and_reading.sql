-- Read-aloud on focus (pupils who cannot read yet) and syllable colouring (French reading aid).
alter table accessibility_profile add column speak_on_focus boolean not null default false;
alter table accessibility_profile add column syllables boolean not null default false;
