import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The catalogue read model (written by hand): one row per sellable product, derived from
 * Medusa's tables by src/lib/catalog/read-model.ts. Indexes serve the store's filters and sorts.
 */
export class Migration20261208071731 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "catalog_card" (
      "id" text not null,
      "handle" text not null,
      "title" text not null,
      "lapas_id" text not null,
      "collection_id" text null,
      "category_ids" text[] not null default '{}',
      "sales_channel_ids" text[] not null default '{}',
      "prices" jsonb not null default '{}',
      "in_stock" boolean not null,
      "product_created_at" timestamptz not null,
      "card" jsonb not null,
      "detail" jsonb not null,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      "deleted_at" timestamptz null,
      constraint "catalog_card_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_card_handle" ON "catalog_card" ("handle");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_card_newest" ON "catalog_card" ("product_created_at" DESC, "id" DESC);`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_card_lapas_id" ON "catalog_card" ("lapas_id");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_card_collection_id" ON "catalog_card" ("collection_id") WHERE collection_id IS NOT NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_card_category_ids" ON "catalog_card" USING gin ("category_ids");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_card_idr_price" ON "catalog_card" (((prices->>'idr')::numeric), "id");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_card_deleted_at" ON "catalog_card" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "catalog_card" cascade;`)
  }
}
