import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The buyer's transfer notices, every one kept (written by hand; touches only its own table). */
export class Migration20261207010000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "transfer_notice" ("id" text not null, "order_id" text not null, "lapas_id" text not null, "amount" numeric not null, "raw_amount" jsonb not null, "transferred_on" text not null, "sender_name" text null, "sender_bank" text null, "proof_url" text null, "noticed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "transfer_notice_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_transfer_notice_order_id_lapas_id" ON "transfer_notice" ("order_id", "lapas_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_transfer_notice_deleted_at" ON "transfer_notice" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`alter table "transfer_notice" add constraint "transfer_notice_whole_rupiah" check ("amount" > 0 and "amount" = trunc("amount"));`)
    this.addSql(`alter table "transfer_notice" add constraint "transfer_notice_transferred_on" check ("transferred_on" ~ '^\\d{4}-\\d{2}-\\d{2}$' and ("transferred_on"::date)::text = "transferred_on");`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "transfer_notice" cascade;`)
  }
}
