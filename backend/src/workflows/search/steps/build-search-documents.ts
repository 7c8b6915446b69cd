import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toRupiahBigInt } from "@karya-binaan/shares"
import {
  PLAIN_PRICE_CONDITIONS,
  SELLABLE_PRODUCT_CONDITIONS,
  stockLocationsOfProductSql,
} from "../../../lib/catalog/queries"
import { LAPAS_PRODUCT_TABLE } from "../../../lib/lapas/link-tables"
import { sqlOf, type SqlClient } from "../../../lib/sql"
import { priceBucketOf, type SearchDocument } from "../../../modules/search/types"

/**
 * Reads what the search index holds about products straight from Medusa's tables (one
 * PostgreSQL for every module), set-based: one statement per chunk of ids, whatever the number
 * of variants, prices, categories or stock levels behind them.
 *
 * A product is indexed when it is published, not deleted and belongs to a lapas that is active
 * and not deleted; any other id (unpublished, deleted, switched-off lapas, unknown) is listed
 * as removed.
 */

/** Product ids read per statement: big enough to amortise the round trip, small enough for the planner. */
export const SEARCH_BUILD_CHUNK_SIZE = 500

/** The currency of the indexed price: whole rupiah. */
const CURRENCY = "idr"

export interface BuiltSearchDocuments {
  /** The sellable products among the ids, as the index should hold them. */
  documents: SearchDocument[]
  /** The other ids: to be removed from the index (unknown ids included). */
  removed: string[]
}

function chunksOf<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = []
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size))
  return chunks
}

/**
 * One row per sellable product of the id list `?` (a text[] binding), everything aggregated.
 *
 * The products are found by id first and everything else is looked up per product through the
 * link tables' indexes (lateral subqueries): the plan stays the same whatever the planner's
 * statistics say, which matters right after a bulk import (seeding, a migration) when they still
 * describe empty tables and a hash-join plan would degrade into nested loops over whole tables.
 *
 * - price: the lowest plain IDR price of the live variants (no rules, no price list, from
 *   quantity 1), as the catalogue reads it.
 * - categories: the product's active, public categories and their active, public ancestors
 *   (mpath is the dot-separated path of ids from the root, the category's own id last).
 * - stock: a variant can be bought when it manages no inventory, allows backorders, or each of
 *   its inventory items has at least `required_quantity` units on hand beyond reservations,
 *   summed over the stock locations of the product's sales channels.
 */
const DOCUMENTS_SQL = `
WITH base AS MATERIALIZED (
  SELECT DISTINCT ON (p.id)
         p.id, p.handle, p.title, p.subtitle, p.description, p.thumbnail, p.created_at,
         l.id AS lapas_id, l.handle AS lapas_handle, l.name AS lapas_name
    FROM unnest(?::text[]) AS wanted(id)
    JOIN product p ON p.id = wanted.id
    JOIN ${LAPAS_PRODUCT_TABLE} lp ON lp.product_id = p.id AND lp.deleted_at IS NULL
    JOIN lapas l ON l.id = lp.lapas_id
   WHERE ${SELLABLE_PRODUCT_CONDITIONS}
   ORDER BY p.id, lp.created_at, l.id
)
SELECT b.id, b.handle, b.title, b.subtitle, b.description, b.thumbnail, b.created_at,
       b.lapas_id, b.lapas_handle, b.lapas_name,
       channels.ids AS sales_channel_ids,
       prices.min_price,
       categories.handles AS category_handles,
       categories.names AS category_names,
       tags.values AS tags,
       stock.in_stock
  FROM base b
  CROSS JOIN LATERAL (
    SELECT ARRAY(
      SELECT DISTINCT psc.sales_channel_id::text
        FROM product_sales_channel psc
        JOIN sales_channel sc ON sc.id = psc.sales_channel_id AND sc.deleted_at IS NULL
       WHERE psc.product_id = b.id AND psc.deleted_at IS NULL
    ) AS ids
  ) channels
  CROSS JOIN LATERAL (
    SELECT MIN(pr.amount) AS min_price
      FROM product_variant pv
      JOIN product_variant_price_set vps ON vps.variant_id = pv.id AND vps.deleted_at IS NULL
      JOIN price pr ON pr.price_set_id = vps.price_set_id AND pr.deleted_at IS NULL
     WHERE pv.product_id = b.id
       AND pv.deleted_at IS NULL
       AND pr.currency_code = ?
       AND ${PLAIN_PRICE_CONDITIONS}
  ) prices
  CROSS JOIN LATERAL (
    SELECT COALESCE(array_agg(DISTINCT c.handle), '{}') AS handles,
           COALESCE(array_agg(DISTINCT c.name), '{}') AS names
      FROM product_category_product pcp
      JOIN product_category leaf
        ON leaf.id = pcp.product_category_id
       AND leaf.deleted_at IS NULL AND leaf.is_active = true AND leaf.is_internal = false
      JOIN product_category c
        ON c.id = ANY(string_to_array(leaf.mpath, '.'))
       AND c.deleted_at IS NULL AND c.is_active = true AND c.is_internal = false
     WHERE pcp.product_id = b.id
  ) categories
  CROSS JOIN LATERAL (
    SELECT ARRAY(
      SELECT DISTINCT t.value
        FROM product_tags pt
        JOIN product_tag t ON t.id = pt.product_tag_id AND t.deleted_at IS NULL
       WHERE pt.product_id = b.id
    ) AS values
  ) tags
  CROSS JOIN LATERAL (
    SELECT EXISTS (
      SELECT 1
        FROM product_variant v
       WHERE v.product_id = b.id
         AND v.deleted_at IS NULL
         AND (
           v.manage_inventory = false
           OR v.allow_backorder = true
           OR (
             EXISTS (SELECT 1 FROM product_variant_inventory_item x WHERE x.variant_id = v.id AND x.deleted_at IS NULL)
             AND NOT EXISTS (
               SELECT 1
                 FROM product_variant_inventory_item x
                WHERE x.variant_id = v.id
                  AND x.deleted_at IS NULL
                  AND COALESCE((
                        SELECT SUM(il.stocked_quantity - il.reserved_quantity)
                          FROM inventory_level il
                         WHERE il.inventory_item_id = x.inventory_item_id
                           AND il.deleted_at IS NULL
                           AND il.location_id IN (${stockLocationsOfProductSql("b.id")})
                      ), 0) < GREATEST(x.required_quantity, 1)
             )
           )
         )
    ) AS in_stock
  ) stock
 ORDER BY b.id`

const sortedText = (values: unknown): string[] =>
  (Array.isArray(values) ? values : [])
    .filter((v): v is string => typeof v === "string" && v.length > 0)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))

function toDocument(row: any): SearchDocument {
  // numeric arrives as a string; rupiah have no minor unit.
  const minPrice =
    row.min_price === null || row.min_price === undefined ? null : Number(toRupiahBigInt(row.min_price, { round: true }))
  return {
    id: row.id,
    handle: row.handle,
    title: row.title,
    subtitle: row.subtitle ?? null,
    description: row.description ?? null,
    thumbnail: row.thumbnail ?? null,
    lapas_id: row.lapas_id,
    lapas_handle: row.lapas_handle,
    lapas_name: row.lapas_name,
    category_handles: sortedText(row.category_handles),
    category_names: sortedText(row.category_names),
    tags: sortedText(row.tags),
    sales_channel_ids: sortedText(row.sales_channel_ids),
    min_price: minPrice,
    price_bucket: priceBucketOf(minPrice),
    in_stock: row.in_stock === true,
    created_at: new Date(row.created_at).toISOString(),
  }
}

/** The search documents of the sellable products among `productIds`; the other ids as removed. */
export async function buildSearchDocuments(sql: SqlClient, productIds: string[]): Promise<BuiltSearchDocuments> {
  const ids = [...new Set(productIds.filter((id) => typeof id === "string" && id.length > 0))]
  const documents: SearchDocument[] = []
  const built = new Set<string>()
  for (const chunk of chunksOf(ids, SEARCH_BUILD_CHUNK_SIZE)) {
    const { rows } = await sql.raw(DOCUMENTS_SQL, [chunk, CURRENCY])
    for (const row of rows) {
      documents.push(toDocument(row))
      built.add(row.id)
    }
  }
  return { documents, removed: ids.filter((id) => !built.has(id)) }
}

/** Every product that is not deleted, by id, read in pages (the full reindex walks them in chunks). */
export async function listAllProductIds(sql: SqlClient, pageSize = 5000): Promise<string[]> {
  const ids: string[] = []
  let after = ""
  for (;;) {
    const { rows } = await sql.raw(
      `SELECT id FROM product WHERE deleted_at IS NULL AND id > ? ORDER BY id LIMIT ?`,
      [after, pageSize]
    )
    for (const row of rows) ids.push(row.id)
    if (rows.length < pageSize) return ids
    after = rows[rows.length - 1].id
  }
}

export interface BuildSearchDocumentsInput {
  product_ids: string[]
}

/** Reads the documents of the given products (see buildSearchDocuments). Reads only: nothing to compensate. */
export const buildSearchDocumentsStep = createStep(
  "build-search-documents",
  async (input: BuildSearchDocumentsInput, { container }) => {
    return new StepResponse(await buildSearchDocuments(sqlOf(container), input.product_ids ?? []))
  }
)
