-- Quotes (price assessments), their correction history, and the indexes the history grid needs.
--
-- Soft delete: a deleted quote keeps its row; deleted_id is 0 while the quote is live and is set to
-- the quote's own id when it is deleted. The unique key (product, source, date, deleted_id) thus
-- allows one live quote per product, source and date on H2 and PostgreSQL alike (H2 has no
-- partial indexes), while any number of deleted quotes for the same day are kept.
--
-- prev_mid is the mid of the previous live quote of the same product and source (across gaps),
-- maintained by QuoteService on enter, correct, delete and import. The history query thus needs no
-- window function over millions of rows and stays correct after corrections and deletes.
create sequence quote_seq start with 1 increment by 50;
create table quote (
    id            bigint         not null primary key,
    version       bigint         not null,
    product_id    bigint         not null references product (id),
    source_id     bigint         not null references source (id),
    quote_date    date           not null,
    low           numeric(19, 4) not null,
    high          numeric(19, 4) not null,
    mid           numeric(19, 4) not null,
    prev_mid      numeric(19, 4),
    comment       varchar(500),
    entered_by    varchar(50)    not null,
    entered_at    timestamp(6) with time zone not null,
    revision_count integer       not null,
    deleted_id    bigint         not null,
    deleted_by    varchar(50),
    deleted_at    timestamp(6) with time zone,
    delete_reason varchar(500),
    constraint uk_quote_key unique (product_id, source_id, quote_date, deleted_id),
    constraint ck_quote_range check (low <= mid and mid <= high and low > 0)
);
-- History, newest first, no product filter (keyset on quote_date, id).
create index ix_quote_date on quote (quote_date desc, id desc);
-- History filtered by product (keyset within a product).
create index ix_quote_product_date on quote (product_id, quote_date desc, id desc);

-- Every correction of a quote: old and new values, who, when and why.
create sequence quote_revision_seq start with 1 increment by 50;
create table quote_revision (
    id          bigint         not null primary key,
    version     bigint         not null,
    quote_id    bigint         not null references quote (id),
    revision_no integer        not null,
    old_low     numeric(19, 4) not null,
    old_high    numeric(19, 4) not null,
    old_mid     numeric(19, 4) not null,
    old_comment varchar(500),
    new_low     numeric(19, 4) not null,
    new_high    numeric(19, 4) not null,
    new_mid     numeric(19, 4) not null,
    new_comment varchar(500),
    reason      varchar(500)   not null,
    changed_by  varchar(50)    not null,
    changed_at  timestamp(6) with time zone not null,
    constraint uk_quote_revision unique (quote_id, revision_no)
);
