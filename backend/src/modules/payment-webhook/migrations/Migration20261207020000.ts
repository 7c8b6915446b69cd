import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Payment providers' webhook events, one per (provider, event id) (written by hand; its own table only). */
export class Migration20261207020000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "payment_webhook_event" ("id" text not null, "provider" text not null, "event_id" text not null, "event_type" text not null, "provider_payment_id" text null, "payment_request_id" text null, "session_id" text null, "order_id" text null, "amount" numeric null, "raw_amount" jsonb null, "outcome" text check ("outcome" in ('received', 'forwarded', 'late_refunded', 'late_refund_failed', 'ignored')) not null default 'received', "refund_id" text null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payment_webhook_event_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payment_webhook_event_provider_event_id_unique" ON "payment_webhook_event" ("provider", "event_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payment_webhook_event_outcome" ON "payment_webhook_event" ("outcome") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payment_webhook_event_deleted_at" ON "payment_webhook_event" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`alter table "payment_webhook_event" add constraint "payment_webhook_event_whole_rupiah" check ("amount" is null or ("amount" > 0 and "amount" = trunc("amount")));`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payment_webhook_event" cascade;`)
  }
}
