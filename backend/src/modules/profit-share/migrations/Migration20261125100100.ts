import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * PNBP deposits (written by hand; touches only `pnbp_deposit`). The database keeps the rules a
 * deposit lives by: a 15-digit billing code, a 16-character uppercase NTPN recorded once across
 * all lapas, a whole-rupiah amount above 0, real calendar days with the period in order, and no
 * change or removal after the fact (UPDATE, DELETE and TRUNCATE are refused like on the ledger;
 * TRUNCATE alone is let through for maintenance with SET karya_binaan.allow_ledger_truncate = 'on').
 */
export class Migration20261125100100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "pnbp_deposit" ("id" text not null, "lapas_id" text not null, "period_from" text not null, "period_to" text not null, "billing_code" text not null, "ntpn" text not null, "amount" numeric not null, "deposited_on" text not null, "note" text null, "created_by" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pnbp_deposit_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pnbp_deposit_ntpn_unique" ON "pnbp_deposit" ("ntpn") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pnbp_deposit_deleted_at" ON "pnbp_deposit" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pnbp_deposit_lapas_id_deposited_on" ON "pnbp_deposit" ("lapas_id", "deposited_on") WHERE deleted_at IS NULL;`)

    this.addSql(`alter table "pnbp_deposit" add constraint "pnbp_deposit_billing_code" check ("billing_code" ~ '^[0-9]{15}$');`)
    this.addSql(`alter table "pnbp_deposit" add constraint "pnbp_deposit_ntpn" check ("ntpn" ~ '^[0-9A-Z]{16}$');`)
    this.addSql(`alter table "pnbp_deposit" add constraint "pnbp_deposit_whole_rupiah" check ("amount" > 0 and "amount" = trunc("amount"));`)
    this.addSql(`alter table "pnbp_deposit" add constraint "pnbp_deposit_days" check ("period_from" ~ '^\\d{4}-\\d{2}-\\d{2}$' and "period_to" ~ '^\\d{4}-\\d{2}-\\d{2}$' and "deposited_on" ~ '^\\d{4}-\\d{2}-\\d{2}$' and ("period_from"::date)::text = "period_from" and ("period_to"::date)::text = "period_to" and ("deposited_on"::date)::text = "deposited_on" and "period_from" <= "period_to");`)

    this.addSql(`create or replace function "pnbp_deposit_append_only"() returns trigger language plpgsql as $$
begin
  if TG_OP = 'TRUNCATE' and current_setting('karya_binaan.allow_ledger_truncate', true) = 'on' then
    return null;
  end if;
  raise exception 'PNBP deposits are append-only: % on % is refused.', TG_OP, TG_TABLE_NAME
    using errcode = 'insufficient_privilege';
end;
$$;`)
    this.addSql(`drop trigger if exists "pnbp_deposit_no_update_delete" on "pnbp_deposit";`)
    this.addSql(`create trigger "pnbp_deposit_no_update_delete" before update or delete on "pnbp_deposit" for each statement execute function "pnbp_deposit_append_only"();`)
    this.addSql(`drop trigger if exists "pnbp_deposit_no_truncate" on "pnbp_deposit";`)
    this.addSql(`create trigger "pnbp_deposit_no_truncate" before truncate on "pnbp_deposit" for each statement execute function "pnbp_deposit_append_only"();`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "pnbp_deposit" cascade;`)
    this.addSql(`drop function if exists "pnbp_deposit_append_only"();`)
  }
}
