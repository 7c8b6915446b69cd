import { model } from "@medusajs/framework/utils"

/**
 * One sellable product as the store's catalogue pages read it: a derived row, rebuilt from
 * Medusa's product, pricing, inventory, sales-channel and category data and the lapas link
 * (src/lib/catalog/read-model.ts). Medusa stays the source of truth; the table can be rebuilt
 * whole at any time (`pnpm --filter backend catalog:rebuild`).
 */
export const CatalogCard = model.define("catalog_card", {
  /** The product's id. */
  id: model.text().primaryKey(),
  handle: model.text(),
  title: model.text(),
  lapas_id: model.text(),
  /** Medusa's collection of the product; null when it has none (or it was deleted). */
  collection_id: model.text().nullable(),
  /** The product's active, public categories and their active, public ancestors. */
  category_ids: model.array(),
  sales_channel_ids: model.array(),
  /** The lowest plain variant price per currency code, e.g. { "idr": 125000 }. */
  prices: model.json(),
  in_stock: model.boolean(),
  /** The product's own created_at (the "newest" sort). */
  product_created_at: model.dateTime(),
  /** What a product card shows (see CatalogCardView in @karya-binaan/contracts). */
  card: model.json(),
  /** What the product page shows (see CatalogProductView in @karya-binaan/contracts). */
  detail: model.json(),
})
