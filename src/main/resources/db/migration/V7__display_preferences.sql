-- Per-user display preferences, chosen in the user menu.
--
-- theme_mode: SYSTEM (follow prefers-color-scheme), LIGHT or DARK.
-- rise_color: the colour of an up move, RED (Chinese convention) or GREEN (international);
-- null until the user chooses, and then it follows the browser's language (zh: red).
alter table app_user add column theme_mode varchar(10) default 'SYSTEM' not null;
alter table app_user add column rise_color varchar(5);
alter table app_user add constraint ck_app_user_theme_mode check (theme_mode in ('SYSTEM', 'LIGHT', 'DARK'));
alter table app_user add constraint ck_app_user_rise_color check (rise_color in ('RED', 'GREEN'));
