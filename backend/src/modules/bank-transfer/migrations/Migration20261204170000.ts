import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Bank-transfer confirmations, one per (order, lapas) (written by hand; touches only its own table). */
export class Migration20261204170000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "transfer_confirmation" ("id" text not null, "order_id" text not null, "lapas_id" text not null, "payment_id" text not null, "amount" numeric not null, "raw_amount" jsonb not null, "transferred_on" text not null, "proof_url" text null, "confirmed_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "transfer_confirmation_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_transfer_confirmation_order_id_lapas_id_unique" ON "transfer_confirmation" ("order_id", "lapas_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_transfer_confirmation_lapas_id" ON "transfer_confirmation" ("lapas_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_transfer_confirmation_deleted_at" ON "transfer_confirmation" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`alter table "transfer_confirmation" add constraint "transfer_confirmation_whole_rupiah" check ("amount" > 0 and "amount" = trunc("amount"));`)
    this.addSql(`alter table "transfer_confirmation" add constraint "transfer_confirmation_transferred_on" check ("transferred_on" ~ '^\\d{4}-\\d{2}-\\d{2}$' and ("transferred_on"::date)::text = "transferred_on");`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "transfer_confirmation" cascade;`)
  }
}
