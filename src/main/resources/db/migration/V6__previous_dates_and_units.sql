-- The date of the previous live quote next to its mid, and the units of dated specification changes.
--
-- prev_date is the quote_date of the quote whose mid is prev_mid (null for a series' first quote).
-- It is maintained wherever prev_mid is (QuoteJdbc.refreshPrevMid, on enter, correct, delete and
-- import), so a change measured against a quote years older can be marked "vs 2021-03-18".
alter table quote add column prev_date date;

-- Backfill: the latest earlier live quote of the same product and source (the quote prev_mid came from).
update quote q set prev_date = (
    select max(p.quote_date) from quote p
    where p.product_id = q.product_id and p.source_id = q.source_id and p.deleted_id = 0
      and p.quote_date < q.quote_date)
where q.deleted_id = 0;

-- A change of currency or unit (t -> kg) keeps both sides, so the unit in force on any date is known.
-- Null on rows recorded before (their unit is unknown) and on changes that kept currency and unit.
alter table product_spec_change add column old_currency varchar(3);
alter table product_spec_change add column old_unit varchar(5);
alter table product_spec_change add column new_currency varchar(3);
alter table product_spec_change add column new_unit varchar(5);
