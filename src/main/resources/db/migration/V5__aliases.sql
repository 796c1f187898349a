-- Other names of products and sources (English and Chinese, vendor spellings), used to recognise
-- them in vendor files and market notes. alias_name is the alias as typed; alias_key is its
-- normalised form (NFKC, lower case, without spaces, hyphens, underscores, dots, middle dots,
-- commas and brackets; see catalog.NameIndex.normalise), unique across all products (sources).
create sequence product_alias_seq start with 1 increment by 50;
create table product_alias (
    id         bigint       not null primary key,
    product_id bigint       not null references product (id),
    alias_name varchar(100) not null,
    alias_key  varchar(400) not null,
    sort_order integer      not null,
    constraint uk_product_alias_key unique (alias_key)
);
create index ix_product_alias_product on product_alias (product_id);

create sequence source_alias_seq start with 1 increment by 50;
create table source_alias (
    id         bigint       not null primary key,
    source_id  bigint       not null references source (id),
    alias_name varchar(100) not null,
    alias_key  varchar(400) not null,
    sort_order integer      not null,
    constraint uk_source_alias_key unique (alias_key)
);
create index ix_source_alias_source on source_alias (source_id);
