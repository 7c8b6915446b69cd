import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Venues, direct sales, stock moves and daily closings (written by hand; touches only its own tables). */
export class Migration20261206170000 extends Migration {
  override async up(): Promise<void> {
    const common = `"created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null`
    this.addSql(`create table if not exists "direct_sale_venue" ("id" text not null, "lapas_id" text not null, "kind" text check ("kind" in ('event', 'showroom', 'gate', 'cooperative')) not null, "name" text not null, "place" text null, "starts_on" text null, "ends_on" text null, "stock_location_id" text null, "max_discount_bp" integer not null default 0, "closed_at" timestamptz null, ${common}, constraint "direct_sale_venue_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_direct_sale_venue_lapas_id_kind" ON "direct_sale_venue" ("lapas_id", "kind") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_direct_sale_venue_deleted_at" ON "direct_sale_venue" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`alter table "direct_sale_venue" add constraint "direct_sale_venue_discount" check ("max_discount_bp" between 0 and 5000);`)
    this.addSql(`alter table "direct_sale_venue" add constraint "direct_sale_venue_event_days" check (("kind" = 'event') = ("starts_on" is not null and "ends_on" is not null) and ("starts_on" is null or "starts_on" <= "ends_on"));`)

    const money = (name: string, nullable = false) =>
      `"${name}" numeric ${nullable ? "null" : "not null"}, "raw_${name}" jsonb ${nullable ? "null" : "not null"}`
    this.addSql(`create table if not exists "direct_sale" ("id" text not null, "client_id" text not null, "lapas_id" text not null, "venue_id" text not null, "order_id" text null, "cashier_id" text not null, "cashier_name" text not null, "payment_method" text check ("payment_method" in ('cash', 'qris', 'transfer', 'card')) not null, ${money("subtotal")}, ${money("discount")}, ${money("total")}, ${money("tendered", true)}, ${money("change", true)}, "sold_at" timestamptz not null, "business_date" text not null, "lines" jsonb not null, "stock_warnings" jsonb not null, "buyer" jsonb null, "note" text null, "receipt_token" text not null, "stock_settled_at" timestamptz null, "stock_settled_by" text null, "stock_settle_note" text null, "voided_at" timestamptz null, "void_reason" text null, "voided_by" text null, ${common}, constraint "direct_sale_pkey" primary key ("id"));`)
    // Unique whether or not deleted: a device's id is booked once, ever.
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_direct_sale_client_id_unique" ON "direct_sale" ("client_id");`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_direct_sale_receipt_token_unique" ON "direct_sale" ("receipt_token");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_direct_sale_lapas_id_sold_at" ON "direct_sale" ("lapas_id", "sold_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_direct_sale_venue_id_cashier_id_business_date" ON "direct_sale" ("venue_id", "cashier_id", "business_date") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_direct_sale_order_id" ON "direct_sale" ("order_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_direct_sale_deleted_at" ON "direct_sale" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`alter table "direct_sale" add constraint "direct_sale_whole_rupiah" check ("subtotal" >= 0 and "subtotal" = trunc("subtotal") and "discount" >= 0 and "discount" = trunc("discount") and "total" = "subtotal" - "discount" and "total" >= 0 and ("tendered" is null or ("tendered" = trunc("tendered") and "tendered" >= "total")) and ("change" is null or "change" = "tendered" - "total"));`)
    this.addSql(`alter table "direct_sale" add constraint "direct_sale_business_date" check ("business_date" ~ '^\\d{4}-\\d{2}-\\d{2}$');`)

    this.addSql(`create table if not exists "direct_sale_stock_move" ("id" text not null, "lapas_id" text not null, "venue_id" text not null, "variant_id" text not null, "direction" text check ("direction" in ('to_venue', 'from_venue')) not null, "quantity" integer not null check ("quantity" > 0), "moved_by" text not null, ${common}, constraint "direct_sale_stock_move_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_direct_sale_stock_move_venue_id" ON "direct_sale_stock_move" ("venue_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_direct_sale_stock_move_deleted_at" ON "direct_sale_stock_move" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "direct_sale_cash_closing" ("id" text not null, "lapas_id" text not null, "venue_id" text not null, "cashier_id" text not null, "cashier_name" text not null, "business_date" text not null, "by_method" jsonb not null, ${money("opening_float")}, ${money("expected_cash")}, ${money("counted_cash")}, ${money("difference")}, "reason" text null, "closed_by" text not null, ${common}, constraint "direct_sale_cash_closing_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_direct_sale_cash_closing_venue_id_cashier_id_business_date_unique" ON "direct_sale_cash_closing" ("venue_id", "cashier_id", "business_date") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_direct_sale_cash_closing_deleted_at" ON "direct_sale_cash_closing" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`alter table "direct_sale_cash_closing" add constraint "direct_sale_cash_closing_sums" check ("opening_float" >= 0 and "counted_cash" >= 0 and "difference" = "counted_cash" - "expected_cash" and ("difference" = 0 or "reason" is not null));`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "direct_sale_cash_closing" cascade;`)
    this.addSql(`drop table if exists "direct_sale_stock_move" cascade;`)
    this.addSql(`drop table if exists "direct_sale" cascade;`)
    this.addSql(`drop table if exists "direct_sale_venue" cascade;`)
  }
}
