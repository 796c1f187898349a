-- Webhooks: HTTPS endpoints an admin registers; every committed quote write is POSTed to each
-- active one, signed with HMAC-SHA256 of the body under the webhook's secret (see docs/WEBHOOKS.md).
-- The secret is the HMAC key, so it is kept as is (a hash could not sign); only admins can read it.
create sequence webhook_seq start with 1 increment by 50;
create table webhook (
    id          bigint        not null primary key,
    version     bigint        not null,
    url         varchar(2000) not null,
    secret      varchar(100)  not null,
    description varchar(500),
    active      boolean       not null,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(50)   not null,
    constraint uk_webhook_url unique (url)
);

-- One event for one webhook: pending until a 2xx answer (delivered) or the last attempt (failed).
-- payload is the event's JSON (delivery id and send time are added to the body at each attempt).
create sequence webhook_delivery_seq start with 1 increment by 50;
create table webhook_delivery (
    id               bigint       not null primary key,
    version          bigint       not null,
    webhook_id       bigint       not null references webhook (id) on delete cascade,
    event_type       varchar(40)  not null,
    payload          varchar(4000) not null,
    attempts         integer      not null,
    status           varchar(10)  not null,
    last_status_code integer,
    last_error       varchar(200),
    next_attempt_at  timestamp(6) with time zone,
    created_at       timestamp(6) with time zone not null,
    delivered_at     timestamp(6) with time zone,
    constraint ck_webhook_delivery_status check (status in ('pending', 'delivered', 'failed'))
);
-- The scheduler's query: due pending deliveries.
create index ix_webhook_delivery_due on webhook_delivery (status, next_attempt_at);
-- The admin view: recent deliveries, per webhook.
create index ix_webhook_delivery_webhook on webhook_delivery (webhook_id, created_at desc);
