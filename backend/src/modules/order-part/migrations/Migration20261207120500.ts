import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The lapas order list's state rows (written by hand): one row per lapas's part of an order,
 * derived by src/lib/order-parts/part-states.ts. The indexes serve the list's page (newest first,
 * per lapas or across all, by state or tab) and its counts per state, and the search by number.
 */
export class Migration20261207120500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "order_part_state" (
      "id" text not null,
      "order_id" text not null,
      "lapas_id" text not null,
      "display_id" integer not null,
      "order_created_at" timestamptz not null,
      "position" integer not null,
      "state" text not null,
      "tab" text not null,
      "part" jsonb not null,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      "deleted_at" timestamptz null,
      constraint "order_part_state_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_part_state_order_id_lapas_id_unique" ON "order_part_state" ("order_id", "lapas_id");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_part_state_lapas_newest" ON "order_part_state" ("lapas_id", "order_created_at" DESC, "display_id" DESC, "position");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_part_state_lapas_state" ON "order_part_state" ("lapas_id", "state", "order_created_at" DESC, "display_id" DESC, "position");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_part_state_lapas_tab" ON "order_part_state" ("lapas_id", "tab", "order_created_at" DESC, "display_id" DESC, "position");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_part_state_newest" ON "order_part_state" ("order_created_at" DESC, "display_id" DESC, "position");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_part_state_state" ON "order_part_state" ("state", "order_created_at" DESC, "display_id" DESC, "position");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_part_state_tab" ON "order_part_state" ("tab", "order_created_at" DESC, "display_id" DESC, "position");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_part_state_display_id" ON "order_part_state" ("display_id");`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "order_part_state" cascade;`)
  }
}
