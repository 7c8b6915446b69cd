import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Premi per inmate (written by hand; touches only premi_allocation and premi_payout): the
 * allocation of each premi ledger entry to the makers of the batches a line came from, and the
 * payouts. Both append-only like the ledger: UPDATE, DELETE and TRUNCATE are refused (TRUNCATE
 * alone is let through for maintenance with SET karya_binaan.allow_ledger_truncate = 'on').
 */
export class Migration20261125200100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "premi_allocation" ("id" text not null, "lapas_id" text not null, "inmate_id" text not null, "batch_id" text not null, "order_id" text not null, "line_item_id" text not null, "ledger_entry_id" text not null, "kind" text check ("kind" in ('sale', 'refund', 'correction')) not null, "amount" numeric not null, "raw_amount" jsonb not null, "booked_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "premi_allocation_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_premi_allocation_ledger_entry_id_inmate_id_batch_id_unique" ON "premi_allocation" ("ledger_entry_id", "inmate_id", "batch_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_premi_allocation_inmate_id_booked_at" ON "premi_allocation" ("inmate_id", "booked_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_premi_allocation_lapas_id" ON "premi_allocation" ("lapas_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_premi_allocation_order_id" ON "premi_allocation" ("order_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_premi_allocation_deleted_at" ON "premi_allocation" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`alter table "premi_allocation" add constraint "premi_allocation_whole_rupiah" check ("amount" = trunc("amount"));`)

    this.addSql(`create table if not exists "premi_payout" ("id" text not null, "lapas_id" text not null, "inmate_id" text not null, "amount" numeric not null, "raw_amount" jsonb not null, "paid_on" text not null, "method" text check ("method" in ('cash_inside', 'savings_account', 'on_release')) not null, "note" text null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "premi_payout_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_premi_payout_inmate_id_paid_on" ON "premi_payout" ("inmate_id", "paid_on") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_premi_payout_lapas_id" ON "premi_payout" ("lapas_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_premi_payout_deleted_at" ON "premi_payout" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`alter table "premi_payout" add constraint "premi_payout_whole_rupiah" check ("amount" > 0 and "amount" = trunc("amount"));`)
    this.addSql(`alter table "premi_payout" add constraint "premi_payout_paid_on" check ("paid_on" ~ '^\\d{4}-\\d{2}-\\d{2}$' and ("paid_on"::date)::text = "paid_on");`)

    this.addSql(`create or replace function "premi_append_only"() returns trigger language plpgsql as $$
begin
  if TG_OP = 'TRUNCATE' and current_setting('karya_binaan.allow_ledger_truncate', true) = 'on' then
    return null;
  end if;
  raise exception 'Premi records are append-only: % on % is refused. Record a new entry instead.', TG_OP, TG_TABLE_NAME
    using errcode = 'insufficient_privilege';
end;
$$;`)
    for (const table of ["premi_allocation", "premi_payout"]) {
      this.addSql(`drop trigger if exists "${table}_no_update_delete" on "${table}";`)
      this.addSql(`create trigger "${table}_no_update_delete" before update or delete on "${table}" for each statement execute function "premi_append_only"();`)
      this.addSql(`drop trigger if exists "${table}_no_truncate" on "${table}";`)
      this.addSql(`create trigger "${table}_no_truncate" before truncate on "${table}" for each statement execute function "premi_append_only"();`)
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "premi_allocation" cascade;`)
    this.addSql(`drop table if exists "premi_payout" cascade;`)
    this.addSql(`drop function if exists "premi_append_only"();`)
  }
}
