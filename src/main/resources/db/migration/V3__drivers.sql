-- Driver annotations: why prices move, visible to the author, chosen teams of the author, or everyone.
create sequence driver_annotation_seq start with 1 increment by 50;
create table driver_annotation (
    id          bigint         not null primary key,
    version     bigint         not null,
    title       varchar(200)   not null,
    body        varchar(10000),
    source_name varchar(120),
    source_url  varchar(500),
    start_date  date           not null,
    end_date    date,
    category    varchar(20)    not null,
    direction   varchar(10)    not null,
    impact      varchar(10)    not null,
    visibility  varchar(10)    not null,
    author_id   bigint         not null references app_user (id),
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    constraint ck_driver_annotation_range check (end_date is null or end_date >= start_date)
);
-- The list: newest first, and its filters
create index ix_driver_annotation_date on driver_annotation (start_date desc, id desc);
create index ix_driver_annotation_category on driver_annotation (category, start_date);
create index ix_driver_annotation_direction on driver_annotation (direction, start_date);
create index ix_driver_annotation_author on driver_annotation (author_id, start_date);
create index ix_driver_annotation_visibility on driver_annotation (visibility, start_date);

create table driver_annotation_product (
    driver_id  bigint not null references driver_annotation (id) on delete cascade,
    product_id bigint not null references product (id),
    primary key (driver_id, product_id)
);
-- Product filter and chart markers
create index ix_driver_annotation_product_product on driver_annotation_product (product_id, driver_id);

create table driver_annotation_tag (
    driver_id bigint      not null references driver_annotation (id) on delete cascade,
    tag_name  varchar(40) not null,
    primary key (driver_id, tag_name)
);
-- Tag filter and suggestions
create index ix_driver_annotation_tag_name on driver_annotation_tag (tag_name, driver_id);

create table driver_annotation_team (
    driver_id bigint not null references driver_annotation (id) on delete cascade,
    team_id   bigint not null references team (id),
    primary key (driver_id, team_id)
);
-- The visibility predicate: "shared with one of my teams"
create index ix_driver_annotation_team_team on driver_annotation_team (team_id, driver_id);
