-- Personal access tokens for the REST API: only a SHA-256 hash of each token is stored.
create sequence api_token_seq start with 1 increment by 50;
create table api_token (
    id           bigint        not null primary key,
    version      bigint        not null,
    owner_id     bigint        not null references app_user (id),
    name         varchar(100)  not null,
    scope        varchar(10)   not null,
    token_prefix varchar(12)   not null,
    token_hash   varchar(64)   not null,
    notes        varchar(1000),
    created_at   timestamp(6) with time zone not null,
    expires_at   timestamp(6) with time zone not null,
    last_used_at timestamp(6) with time zone,
    revoked_at   timestamp(6) with time zone,
    constraint uk_api_token_hash unique (token_hash),
    constraint ck_api_token_scope check (scope in ('read', 'read write'))
);
create index ix_api_token_owner on api_token (owner_id, created_at);
