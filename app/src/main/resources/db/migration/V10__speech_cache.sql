-- Synthesised speech, shared by every node: audio and word timings, keyed by engine, version,
-- voice, rate and normalised text (a SHA-256). Bounded in size: least recently used go first.
create table speech_cache (
    cache_key       varchar(64)   primary key,
    engine          varchar(40)   not null,
    engine_version  varchar(40)   not null,
    voice           varchar(40)   not null,
    language        varchar(8)    not null,
    rate            integer       not null,
    spoken_text     varchar(8000) not null,
    audio           bytea         not null,
    audio_bytes     integer       not null,
    duration_ms     bigint        not null,
    word_starts     varchar(100000) not null,
    created_at      timestamp with time zone not null,
    last_used_at    timestamp with time zone not null
);
create index speech_cache_last_used_idx on speech_cache (last_used_at);
