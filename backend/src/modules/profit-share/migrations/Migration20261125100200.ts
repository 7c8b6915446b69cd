import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Closed months per lapas (written by hand; touches only `closed_period`). One close per lapas
 * and month, bounds in order, and no change or removal afterwards: UPDATE, DELETE and TRUNCATE
 * are refused like on the ledger (TRUNCATE alone is let through for maintenance with
 * SET karya_binaan.allow_ledger_truncate = 'on').
 */
export class Migration20261125100200 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "closed_period" ("id" text not null, "lapas_id" text not null, "month" text not null, "start_at" timestamptz not null, "end_at" timestamptz not null, "closed_at" timestamptz not null, "closed_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "closed_period_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_closed_period_lapas_id_month_unique" ON "closed_period" ("lapas_id", "month") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_closed_period_deleted_at" ON "closed_period" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`alter table "closed_period" add constraint "closed_period_month" check ("month" ~ '^\\d{4}-(0[1-9]|1[0-2])$' and "start_at" < "end_at");`)

    this.addSql(`create or replace function "closed_period_append_only"() returns trigger language plpgsql as $$
begin
  if TG_OP = 'TRUNCATE' and current_setting('karya_binaan.allow_ledger_truncate', true) = 'on' then
    return null;
  end if;
  raise exception 'Closed periods are append-only: % on % is refused. A closed month stays closed.', TG_OP, TG_TABLE_NAME
    using errcode = 'insufficient_privilege';
end;
$$;`)
    this.addSql(`drop trigger if exists "closed_period_no_update_delete" on "closed_period";`)
    this.addSql(`create trigger "closed_period_no_update_delete" before update or delete on "closed_period" for each statement execute function "closed_period_append_only"();`)
    this.addSql(`drop trigger if exists "closed_period_no_truncate" on "closed_period";`)
    this.addSql(`create trigger "closed_period_no_truncate" before truncate on "closed_period" for each statement execute function "closed_period_append_only"();`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "closed_period" cascade;`)
    this.addSql(`drop function if exists "closed_period_append_only"();`)
  }
}
