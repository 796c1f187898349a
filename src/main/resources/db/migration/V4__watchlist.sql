-- Each user's dashboard watchlist: products in the user's order.
create sequence watchlist_item_seq start with 1 increment by 50;
create table watchlist_item (
    id         bigint  not null primary key,
    version    bigint  not null,
    user_id    bigint  not null references app_user (id),
    product_id bigint  not null references product (id),
    position   integer not null,
    constraint uk_watchlist_item unique (user_id, product_id)
);
create index ix_watchlist_item_user on watchlist_item (user_id, position);
