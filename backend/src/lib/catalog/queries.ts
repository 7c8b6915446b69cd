import type { CatalogSort } from "@karya-binaan/contracts"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { sqlOf, type SqlClient } from "../sql"
import { LAPAS_PRODUCT_TABLE } from "../lapas/link-tables"

/**
 * SQL of the store's catalog, shared by GET /store/catalog, GET /store/impact and the product
 * routes under /store/products/:id. Everything user-supplied travels as a `?` binding; the only
 * SQL text chosen at run time is picked from the constants below by validated keys.
 *
 * Tables read (one PostgreSQL for every module, as Medusa runs them): product, product_variant,
 * product_sales_channel, product_category(_product), product_collection, product_variant_price_set, price, and the
 * lapas ↔ product link table.
 */

export interface StoreRegion {
  id: string
  currency_code: string
}

/** The oldest region selling in rupiah (IDR), or null when there is none. */
export async function rupiahRegion(scope: MedusaContainer): Promise<StoreRegion | null> {
  const [region] = await scope
    .resolve(Modules.REGION)
    .listRegions({ currency_code: "idr" }, { select: ["id", "currency_code"], order: { created_at: "ASC" }, take: 1 })
  return region ? { id: region.id, currency_code: region.currency_code.toLowerCase() } : null
}

/**
 * The region prices are read in: the one named (400 when there is none with that id), else the
 * oldest region selling in rupiah (IDR).
 */
export async function resolveRegion(scope: MedusaContainer, regionId: string | undefined): Promise<StoreRegion> {
  if (regionId) {
    const [region] = await scope
      .resolve(Modules.REGION)
      .listRegions({ id: regionId }, { select: ["id", "currency_code"] })
    if (!region) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid query: region_id: there is no region with id "${regionId}".`)
    }
    return { id: region.id, currency_code: region.currency_code.toLowerCase() }
  }
  const rupiah = await rupiahRegion(scope)
  if (!rupiah) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid query: region_id: no region sells in rupiah; name a region.")
  }
  return rupiah
}

/**
 * A product (alias `p`) of a lapas (alias `l`) that may be sold at all: published, not deleted,
 * of an active lapas. The catalog and the search index both go by it.
 */
export const SELLABLE_PRODUCT_CONDITIONS =
  "p.deleted_at IS NULL AND p.status = 'published' AND l.deleted_at IS NULL AND l.is_active = true"

/**
 * A price (alias `pr`) every buyer of a region selling in its currency is offered: a plain price
 * of a variant's price set, with no price rules, no price list, from quantity 1. The catalog's
 * and the search index's lowest price go by it.
 */
export const PLAIN_PRICE_CONDITIONS =
  "pr.price_list_id IS NULL AND pr.rules_count = 0 AND (pr.min_quantity IS NULL OR pr.min_quantity <= 1)"

/**
 * The stock locations that sell a product: those of its sales channels. A variant's stock is the
 * sum of its inventory levels there (the read model's quantities, the search index's in-stock).
 * `productId` is the SQL expression of the product's id, e.g. `b.id`.
 */
export const stockLocationsOfProductSql = (productId: string) =>
  `SELECT scl.stock_location_id
     FROM product_sales_channel psc
     JOIN sales_channel_stock_location scl
       ON scl.sales_channel_id = psc.sales_channel_id AND scl.deleted_at IS NULL
    WHERE psc.product_id = ${productId} AND psc.deleted_at IS NULL`

/**
 * Conditions under which a product (alias `p`, its lapas link `lp`, its lapas `l`) is sold here:
 * published, not deleted, of an active lapas and in one of the key's sales channels.
 */
function sellableWhere(salesChannelIds: string[]): { sql: string; params: unknown[] } {
  const parts = [SELLABLE_PRODUCT_CONDITIONS]
  const params: unknown[] = []
  // A key without sales channels sells nothing (Medusa's own product routes refuse such a key).
  parts.push(
    `EXISTS (SELECT 1 FROM product_sales_channel psc
              WHERE psc.product_id = p.id AND psc.deleted_at IS NULL AND psc.sales_channel_id = ANY(?))`
  )
  params.push(salesChannelIds)
  return { sql: parts.join(" AND "), params }
}

const SELLABLE_FROM = `product p
  JOIN ${LAPAS_PRODUCT_TABLE} lp ON lp.product_id = p.id AND lp.deleted_at IS NULL
  JOIN lapas l ON l.id = lp.lapas_id`

/**
 * A product a key with these sales channels may buy (see sellableWhere) with its lapas, or a 404 that says the
 * same for an unknown, unpublished, hidden or switched-off product (nothing about which).
 */
export async function sellableProduct(
  scope: MedusaContainer,
  productId: string,
  salesChannelIds: string[]
): Promise<{ id: string; lapas_id: string }> {
  const where = sellableWhere(salesChannelIds)
  const { rows } = await sqlOf(scope).raw(
    `SELECT p.id, lp.lapas_id FROM ${SELLABLE_FROM} WHERE p.id = ? AND ${where.sql} LIMIT 1`,
    [productId, ...where.params]
  )
  if (!rows.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id "${productId}" was not found.`)
  }
  return { id: rows[0].id, lapas_id: rows[0].lapas_id }
}

/**
 * The lowest price of each product's variants in a currency: the plain prices of the variants'
 * price sets (no price rules, no price list, from quantity 1), the ones every buyer of a region
 * selling in that currency is offered.
 */
const LOWEST_PRICE_CTE = `lowest AS (
  SELECT pv.product_id, MIN(pr.amount) AS price
    FROM product_variant pv
    JOIN product_variant_price_set vps ON vps.variant_id = pv.id AND vps.deleted_at IS NULL
    JOIN price pr ON pr.price_set_id = vps.price_set_id AND pr.deleted_at IS NULL
   WHERE pv.deleted_at IS NULL
     AND pr.currency_code = ?
     AND ${PLAIN_PRICE_CONDITIONS}
   GROUP BY pv.product_id
)`

/** ORDER BY of each sort, over the filtered rows `f`; `f.id` last so pages never overlap. */
const ORDER_BY: Record<CatalogSort, string> = {
  newest: "f.created_at DESC, f.id DESC",
  price_asc: "f.price ASC, f.id ASC",
  price_desc: "f.price DESC, f.id ASC",
  title: `lower(f.title) COLLATE "C" ASC, f.id ASC`,
}

export interface CatalogFilters {
  salesChannelIds: string[]
  currencyCode: string
  categoryId?: string
  collectionId?: string
  lapasId?: string
  priceMin?: number
  priceMax?: number
}

/** The sellable products matching the filters that have a price in the currency, as a CTE `filtered`. */
function filteredCte(filters: CatalogFilters): { sql: string; params: unknown[] } {
  const sellable = sellableWhere(filters.salesChannelIds)
  const parts = [sellable.sql]
  const params: unknown[] = [filters.currencyCode, ...sellable.params]
  if (filters.lapasId) {
    parts.push("lp.lapas_id = ?")
    params.push(filters.lapasId)
  }
  if (filters.categoryId) {
    // The category and its descendants (mpath is the path of ids from the root), buyer-visible only.
    parts.push(
      `EXISTS (SELECT 1
                 FROM product_category root
                 JOIN product_category c
                   ON (c.id = root.id OR c.mpath LIKE root.mpath || '.%')
                  AND c.deleted_at IS NULL AND c.is_active = true AND c.is_internal = false
                 JOIN product_category_product pcp ON pcp.product_category_id = c.id
                WHERE root.id = ? AND root.deleted_at IS NULL AND root.is_active = true AND root.is_internal = false
                  AND pcp.product_id = p.id)`
    )
    params.push(filters.categoryId)
  }
  if (filters.collectionId) {
    // Medusa's collection of the product (product.collection_id); a deleted collection lists nothing.
    parts.push(
      `p.collection_id = ? AND EXISTS (SELECT 1 FROM product_collection pc WHERE pc.id = p.collection_id AND pc.deleted_at IS NULL)`
    )
    params.push(filters.collectionId)
  }
  if (filters.priceMin !== undefined) {
    parts.push("lowest.price >= ?::numeric")
    params.push(filters.priceMin)
  }
  if (filters.priceMax !== undefined) {
    parts.push("lowest.price <= ?::numeric")
    params.push(filters.priceMax)
  }
  return {
    sql: `${LOWEST_PRICE_CTE},
filtered AS (
  SELECT p.id, p.title, p.created_at, lowest.price
    FROM ${SELLABLE_FROM}
    JOIN lowest ON lowest.product_id = p.id
   WHERE ${parts.join(" AND ")}
)`,
    params,
  }
}

/**
 * One page of the catalog and the number of products matching in all, in one statement:
 * the count comes back even for a page past the end.
 */
export async function catalogPage(
  sql: SqlClient,
  filters: CatalogFilters,
  page: { sort: CatalogSort; limit: number; offset: number }
): Promise<{ ids: string[]; count: number }> {
  const cte = filteredCte(filters)
  const order = ORDER_BY[page.sort]
  const { rows } = await sql.raw(
    `WITH ${cte.sql},
page AS (SELECT f.* FROM filtered f ORDER BY ${order} LIMIT ? OFFSET ?)
SELECT total.count, f.id
  FROM (SELECT COUNT(*)::bigint AS count FROM filtered) total
  LEFT JOIN page f ON true
 ORDER BY ${order}`,
    [...cte.params, page.limit, page.offset]
  )
  return {
    count: rows.length ? Number(rows[0].count) : 0,
    ids: rows.filter((row) => row.id !== null).map((row) => row.id as string),
  }
}

/** How many products the catalog lists without filters (in the currency's region). */
export async function catalogCount(sql: SqlClient, filters: CatalogFilters): Promise<number> {
  const cte = filteredCte(filters)
  const { rows } = await sql.raw(`WITH ${cte.sql} SELECT COUNT(*)::bigint AS count FROM filtered`, cte.params)
  return Number(rows[0]?.count ?? 0)
}

/** The product's default variant: the first by variant rank, then creation, then id. */
export function defaultVariant<T extends { id: string; variant_rank?: number | null; created_at?: Date | string | null }>(
  variants: (T | null | undefined)[]
): T | undefined {
  const time = (v: T) => (v.created_at ? new Date(v.created_at).getTime() : 0)
  return variants
    .filter((v): v is T => !!v)
    .sort(
      (a, b) =>
        (a.variant_rank ?? Number.MAX_SAFE_INTEGER) - (b.variant_rank ?? Number.MAX_SAFE_INTEGER) ||
        time(a) - time(b) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    )[0]
}
