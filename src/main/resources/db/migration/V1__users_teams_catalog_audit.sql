-- Users, roles and teams
create sequence team_seq start with 1 increment by 50;
create table team (
    id          bigint       not null primary key,
    version     bigint       not null,
    name        varchar(60)  not null,
    description varchar(500),
    constraint uk_team_name unique (name)
);

create sequence app_user_seq start with 1 increment by 50;
create table app_user (
    id                   bigint       not null primary key,
    version              bigint       not null,
    username             varchar(50)  not null,
    display_name         varchar(100) not null,
    password_hash        varchar(100) not null,
    enabled              boolean      not null,
    must_change_password boolean      not null,
    constraint uk_app_user_username unique (username)
);

create table app_user_role (
    user_id   bigint      not null references app_user (id),
    role_name varchar(20) not null,
    primary key (user_id, role_name)
);

create table app_user_team (
    user_id bigint not null references app_user (id),
    team_id bigint not null references team (id),
    primary key (user_id, team_id)
);
create index ix_app_user_team_team on app_user_team (team_id);

-- Catalog
create sequence source_seq start with 1 increment by 50;
create table source (
    id      bigint        not null primary key,
    version bigint        not null,
    code    varchar(40)   not null,
    name    varchar(120)  not null,
    url     varchar(500),
    notes   varchar(2000),
    constraint uk_source_code unique (code)
);

create sequence product_seq start with 1 increment by 50;
create table product (
    id             bigint        not null primary key,
    version        bigint        not null,
    code           varchar(40)   not null,
    element        varchar(10)   not null,
    form           varchar(10)   not null,
    form_detail    varchar(40),
    min_purity     numeric(7, 4) not null,
    market_basis   varchar(20)   not null,
    currency       varchar(3)    not null,
    unit           varchar(5)    not null,
    price_scale    integer       not null,
    active         boolean       not null,
    main_source_id bigint references source (id),
    constraint uk_product_code unique (code)
);

-- A dated change of a product's specification (unit, currency, basis, purity), shown on charts.
create sequence product_spec_change_seq start with 1 increment by 50;
create table product_spec_change (
    id             bigint       not null primary key,
    product_id     bigint       not null references product (id),
    effective_date date         not null,
    description    varchar(500) not null,
    recorded_at    timestamp(6) with time zone not null,
    recorded_by    varchar(50)  not null
);
create index ix_product_spec_change_product on product_spec_change (product_id, effective_date);

-- Audit trail: append only
create sequence audit_event_seq start with 1 increment by 50;
create table audit_event (
    id          bigint        not null primary key,
    occurred_at timestamp(6) with time zone not null,
    actor       varchar(50)   not null,
    entity_type varchar(40)   not null,
    entity_id   bigint,
    action      varchar(20)   not null,
    summary     varchar(4000) not null
);
create index ix_audit_event_time on audit_event (occurred_at desc, id desc);
create index ix_audit_event_entity on audit_event (entity_type, entity_id);
