import type {
  CatalogCard,
  CatalogCategory,
  CatalogImage,
  CatalogLapas,
  CatalogOption,
  CatalogProduct,
  CatalogSort,
  CatalogVariant,
} from "@karya-binaan/contracts"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  PLAIN_PRICE_CONDITIONS,
  SELLABLE_PRODUCT_CONDITIONS,
  stockLocationsOfProductSql,
  type CatalogFilters,
} from "./queries"
import { LAPAS_PRODUCT_TABLE } from "../lapas/link-tables"
import { sqlOf, type SqlClient } from "../sql"

/**
 * The catalogue read model (table `catalog_card` of src/modules/catalog): one row per sellable
 * product, derived from Medusa's tables (products, variants, prices, inventory, sales channels,
 * categories, collections) and the lapas link. Medusa stays the source of truth; every write
 * here is a refresh of named products from it, idempotent, and the whole table can be rebuilt.
 *
 * Refresh of a chunk of products:
 * 1. one statement reads the index columns (what the store's filters and sorts need) and the
 *    variants' stock, set-based;
 * 2. `query.graph` reads the rest of what the product page shows (options, images, type), in
 *    Medusa's own shapes;
 * 3. one statement upserts the sellable ones and deletes the others (unpublished, deleted, of a
 *    switched-off lapas, unknown).
 */

export const CATALOG_TABLE = "catalog_card"

/** Product ids per refresh round. */
export const CATALOG_CHUNK_SIZE = 200

/** A variant as stored: prices per currency; the routes turn them into Medusa's calculated_price. */
export type StoredVariant = Omit<CatalogVariant, "calculated_price"> & { prices: Record<string, number> }
export type StoredCard = Omit<CatalogCard, "variants"> & { variants: StoredVariant[] }
export type StoredProduct = Omit<CatalogProduct, "variants"> & { variants: StoredVariant[] }

/**
 * The index columns of each sellable product of the id list `?`, with its variants' stock and
 * plain prices (see queries.ts) and its lapas's public profile. Lookups go per product through
 * the link tables' indexes (lateral subqueries), as the search index's build does.
 *
 * Stock of a variant (Medusa's `inventory_quantity`): the least, over its inventory items, of the
 * units on hand beyond reservations summed over the stock locations of the product's sales
 * channels, divided by the units the variant needs of the item; 0 without inventory items.
 */
const INDEX_SQL = `
WITH base AS MATERIALIZED (
  SELECT DISTINCT ON (p.id)
         p.id, p.handle, p.title, p.subtitle, p.description, p.thumbnail, p.metadata,
         p.created_at, p.updated_at, p.collection_id AS raw_collection_id,
         l.id AS lapas_id, l.handle AS lapas_handle, l.name AS lapas_name, l.lapas_class, l.city,
         l.province, l.time_zone, l.logo_url
    FROM unnest(?::text[]) AS wanted(id)
    JOIN product p ON p.id = wanted.id
    JOIN ${LAPAS_PRODUCT_TABLE} lp ON lp.product_id = p.id AND lp.deleted_at IS NULL
    JOIN lapas l ON l.id = lp.lapas_id
   WHERE ${SELLABLE_PRODUCT_CONDITIONS}
   ORDER BY p.id, lp.created_at, l.id
)
SELECT b.*,
       (SELECT pc.id FROM product_collection pc WHERE pc.id = b.raw_collection_id AND pc.deleted_at IS NULL) AS collection_id,
       channels.ids AS sales_channel_ids,
       categories.ids AS category_ids,
       categories.own AS own_categories,
       lowest.prices,
       variants.list AS variants
  FROM base b
  CROSS JOIN LATERAL (
    SELECT ARRAY(
      SELECT DISTINCT psc.sales_channel_id::text
        FROM product_sales_channel psc
       WHERE psc.product_id = b.id AND psc.deleted_at IS NULL
    ) AS ids
  ) channels
  CROSS JOIN LATERAL (
    SELECT ARRAY(
             SELECT DISTINCT c.id::text
               FROM product_category_product pcp
               JOIN product_category leaf
                 ON leaf.id = pcp.product_category_id
                AND leaf.deleted_at IS NULL AND leaf.is_active = true AND leaf.is_internal = false
               JOIN product_category c
                 ON c.id = ANY(string_to_array(leaf.mpath, '.'))
                AND c.deleted_at IS NULL AND c.is_active = true AND c.is_internal = false
              WHERE pcp.product_id = b.id
           ) AS ids,
           COALESCE((
             SELECT jsonb_agg(jsonb_build_object(
                      'id', leaf.id, 'name', leaf.name, 'handle', leaf.handle, 'description', NULLIF(leaf.description, ''),
                      'parent_category_id', leaf.parent_category_id, 'rank', leaf.rank, 'metadata', leaf.metadata)
                      ORDER BY leaf.rank, leaf.id)
               FROM product_category_product pcp
               JOIN product_category leaf
                 ON leaf.id = pcp.product_category_id
                AND leaf.deleted_at IS NULL AND leaf.is_active = true AND leaf.is_internal = false
              WHERE pcp.product_id = b.id
           ), '[]'::jsonb) AS own
  ) categories
  CROSS JOIN LATERAL (
    SELECT COALESCE(jsonb_object_agg(m.currency_code, m.amount), '{}'::jsonb) AS prices
      FROM (
        SELECT lower(pr.currency_code) AS currency_code, MIN(pr.amount) AS amount
          FROM product_variant pv
          JOIN product_variant_price_set vps ON vps.variant_id = pv.id AND vps.deleted_at IS NULL
          JOIN price pr ON pr.price_set_id = vps.price_set_id AND pr.deleted_at IS NULL
         WHERE pv.product_id = b.id AND pv.deleted_at IS NULL AND ${PLAIN_PRICE_CONDITIONS}
         GROUP BY lower(pr.currency_code)
      ) m
  ) lowest
  CROSS JOIN LATERAL (
    SELECT COALESCE(jsonb_agg(jsonb_build_object(
             'id', v.id, 'title', v.title, 'sku', v.sku, 'variant_rank', v.variant_rank,
             'manage_inventory', v.manage_inventory, 'allow_backorder', v.allow_backorder,
             'inventory_quantity', stock.quantity, 'prices', vprices.prices)
             ORDER BY v.variant_rank NULLS LAST, v.created_at, v.id), '[]'::jsonb) AS list
      FROM product_variant v
      CROSS JOIN LATERAL (
        SELECT COALESCE(jsonb_object_agg(m.currency_code, m.amount), '{}'::jsonb) AS prices
          FROM (
            SELECT lower(pr.currency_code) AS currency_code, MIN(pr.amount) AS amount
              FROM product_variant_price_set vps
              JOIN price pr ON pr.price_set_id = vps.price_set_id AND pr.deleted_at IS NULL
             WHERE vps.variant_id = v.id AND vps.deleted_at IS NULL AND ${PLAIN_PRICE_CONDITIONS}
             GROUP BY lower(pr.currency_code)
          ) m
      ) vprices
      CROSS JOIN LATERAL (
        SELECT COALESCE(MIN(FLOOR(GREATEST(available.units, 0) / GREATEST(x.required_quantity, 1)))::bigint, 0) AS quantity
          FROM product_variant_inventory_item x
          CROSS JOIN LATERAL (
            SELECT COALESCE(SUM(il.stocked_quantity - il.reserved_quantity), 0) AS units
              FROM inventory_level il
             WHERE il.inventory_item_id = x.inventory_item_id
               AND il.deleted_at IS NULL
               AND il.location_id IN (${stockLocationsOfProductSql("b.id")})
          ) available
         WHERE x.variant_id = v.id AND x.deleted_at IS NULL
      ) stock
     WHERE v.product_id = b.id AND v.deleted_at IS NULL
  ) variants
 ORDER BY b.id`

/** Fields of the product page read through Medusa's query (shapes as the store API gives them). */
const GRAPH_FIELDS = [
  "id",
  "type.id",
  "type.value",
  "images.id",
  "images.url",
  "images.rank",
  "options.id",
  "options.title",
  "options.values.id",
  "options.values.value",
  "variants.id",
  "variants.options.id",
  "variants.options.value",
  "variants.options.option_id",
]

function chunksOf<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = []
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size))
  return chunks
}

const iso = (value: unknown): string => new Date(value as string).toISOString()

/** A numeric from PostgreSQL (string or number) as a JS number; rupiah are whole. */
function amountOf(value: unknown): number {
  const n = typeof value === "number" ? value : Number(value)
  return Number.isFinite(n) ? n : 0
}

function pricesOf(value: unknown): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [currency, amount] of Object.entries((value ?? {}) as Record<string, unknown>)) out[currency] = amountOf(amount)
  return out
}

interface GraphProduct {
  id: string
  type?: { id: string; value: string } | null
  images?: ({ id: string; url: string; rank?: number | null } | null)[] | null
  options?: ({ id: string; title: string; values?: ({ id: string; value: string } | null)[] | null } | null)[] | null
  variants?: ({ id: string; options?: ({ id: string; value: string; option_id?: string | null } | null)[] | null } | null)[] | null
}

export interface CatalogRow {
  id: string
  handle: string
  title: string
  lapas_id: string
  collection_id: string | null
  category_ids: string[]
  sales_channel_ids: string[]
  prices: Record<string, number>
  in_stock: boolean
  product_created_at: string
  card: StoredCard
  detail: StoredProduct
}

const variantInStock = (v: StoredVariant) =>
  !v.manage_inventory || v.allow_backorder || (typeof v.inventory_quantity === "number" && v.inventory_quantity > 0)

/** The read-model rows of the sellable products among `ids` (at most CATALOG_CHUNK_SIZE of them). */
async function buildRows(scope: MedusaContainer, sql: SqlClient, ids: string[]): Promise<CatalogRow[]> {
  const { rows } = await sql.raw(INDEX_SQL, [ids])
  if (!rows.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: GRAPH_FIELDS,
    filters: { id: rows.map((row) => row.id) },
  })
  const graph = new Map((data as GraphProduct[]).map((p) => [p.id, p]))
  return rows.map((row): CatalogRow => {
    const g = graph.get(row.id)
    const optionsOf = new Map(
      (g?.variants ?? []).filter((v) => !!v).map((v) => [v!.id, (v!.options ?? []).filter((o) => !!o)])
    )
    const variants: StoredVariant[] = (row.variants as any[]).map((v) => ({
      id: v.id,
      title: v.title ?? null,
      sku: v.sku ?? null,
      variant_rank: v.variant_rank ?? null,
      manage_inventory: v.manage_inventory !== false,
      allow_backorder: v.allow_backorder === true,
      inventory_quantity: v.inventory_quantity === null || v.inventory_quantity === undefined ? null : Number(v.inventory_quantity),
      options: (optionsOf.get(v.id) ?? [])
        .map((o) => ({ id: o!.id, value: o!.value, option_id: o!.option_id ?? null }))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      prices: pricesOf(v.prices),
    }))
    const lapas: CatalogLapas = {
      id: row.lapas_id,
      handle: row.lapas_handle,
      name: row.lapas_name,
      lapas_class: row.lapas_class,
      city: row.city,
      province: row.province,
      time_zone: row.time_zone,
      logo_url: row.logo_url ?? null,
    }
    const card: StoredCard = {
      id: row.id,
      handle: row.handle,
      title: row.title,
      subtitle: row.subtitle ?? null,
      thumbnail: row.thumbnail ?? null,
      created_at: iso(row.created_at),
      updated_at: iso(row.updated_at),
      lapas,
      variants,
    }
    const images: CatalogImage[] = (g?.images ?? [])
      .filter((i): i is NonNullable<typeof i> => !!i)
      .map((i) => ({ id: i.id, url: i.url, rank: i.rank ?? 0 }))
      .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1))
    const options: CatalogOption[] = (g?.options ?? [])
      .filter((o): o is NonNullable<typeof o> => !!o)
      .map((o) => ({
        id: o.id,
        title: o.title,
        values: (o.values ?? []).filter((v): v is NonNullable<typeof v> => !!v).map((v) => ({ id: v.id, value: v.value })),
      }))
    const detail: StoredProduct = {
      ...card,
      description: row.description ?? null,
      metadata: row.metadata ?? null,
      collection_id: row.collection_id ?? null,
      type: g?.type ? { id: g.type.id, value: g.type.value } : null,
      images,
      categories: row.own_categories as CatalogCategory[],
      options,
    }
    return {
      id: row.id,
      handle: row.handle,
      title: row.title,
      lapas_id: row.lapas_id,
      collection_id: row.collection_id ?? null,
      category_ids: [...(row.category_ids as string[])].sort(),
      sales_channel_ids: [...(row.sales_channel_ids as string[])].sort(),
      prices: pricesOf(row.prices),
      in_stock: variants.some(variantInStock),
      product_created_at: iso(row.created_at),
      card,
      detail,
    }
  })
}

/** Upserts `rows` and deletes the other ids, in one statement. */
async function writeRows(sql: SqlClient, ids: string[], rows: CatalogRow[]): Promise<void> {
  await sql.raw(
    `WITH incoming AS (
       SELECT * FROM jsonb_to_recordset(?::jsonb) AS r(
         id text, handle text, title text, lapas_id text, collection_id text, category_ids text[],
         sales_channel_ids text[], prices jsonb, in_stock boolean, product_created_at timestamptz,
         card jsonb, detail jsonb)
     ),
     removed AS (
       DELETE FROM ${CATALOG_TABLE} c
        WHERE c.id = ANY(?::text[]) AND NOT EXISTS (SELECT 1 FROM incoming i WHERE i.id = c.id)
     )
     INSERT INTO ${CATALOG_TABLE} AS c
            (id, handle, title, lapas_id, collection_id, category_ids, sales_channel_ids, prices, in_stock,
             product_created_at, card, detail, created_at, updated_at)
     SELECT id, handle, title, lapas_id, collection_id, category_ids, sales_channel_ids, prices, in_stock,
            product_created_at, card, detail, now(), now()
       FROM incoming
     ON CONFLICT (id) DO UPDATE SET
            handle = EXCLUDED.handle, title = EXCLUDED.title, lapas_id = EXCLUDED.lapas_id,
            collection_id = EXCLUDED.collection_id, category_ids = EXCLUDED.category_ids,
            sales_channel_ids = EXCLUDED.sales_channel_ids, prices = EXCLUDED.prices,
            in_stock = EXCLUDED.in_stock, product_created_at = EXCLUDED.product_created_at,
            card = EXCLUDED.card, detail = EXCLUDED.detail, updated_at = now(), deleted_at = NULL`,
    [JSON.stringify(rows), ids]
  )
}

export interface RefreshResult {
  /** Products now in the read model. */
  kept: CatalogRow[]
  /** Ids that are not (or no longer) sellable. */
  removed: string[]
  /** Handles of the products before the refresh (a changed or removed handle's page changes too). */
  previousHandles: string[]
}

/**
 * Brings the read model's rows of these products in line with Medusa: upserts the sellable ones,
 * deletes the others. Idempotent; safe to run for any id.
 */
export async function refreshCatalogProducts(scope: MedusaContainer, productIds: string[]): Promise<RefreshResult> {
  const sql = sqlOf(scope)
  const ids = [...new Set(productIds.filter((id) => typeof id === "string" && id.length > 0))]
  const result: RefreshResult = { kept: [], removed: [], previousHandles: [] }
  for (const chunk of chunksOf(ids, CATALOG_CHUNK_SIZE)) {
    const before = await sql.raw(`SELECT handle FROM ${CATALOG_TABLE} WHERE id = ANY(?::text[])`, [chunk])
    result.previousHandles.push(...before.rows.map((r) => r.handle as string))
    const rows = await buildRows(scope, sql, chunk)
    await writeRows(sql, chunk, rows)
    const kept = new Set(rows.map((r) => r.id))
    result.kept.push(...rows)
    result.removed.push(...chunk.filter((id) => !kept.has(id)))
  }
  return result
}

/** Rebuilds the whole read model from Medusa: every product (deleted ones are dropped from it). */
export async function rebuildCatalog(scope: MedusaContainer): Promise<{ kept: number; removed: number }> {
  const sql = sqlOf(scope)
  const { rows } = await sql.raw(`SELECT id FROM product WHERE deleted_at IS NULL UNION SELECT id FROM ${CATALOG_TABLE} ORDER BY id`)
  let kept = 0
  let removed = 0
  for (const chunk of chunksOf(rows.map((r) => r.id as string), CATALOG_CHUNK_SIZE)) {
    const result = await refreshCatalogProducts(scope, chunk)
    kept += result.kept.length
    removed += result.removed.length
  }
  await sql.raw(`ANALYZE ${CATALOG_TABLE}`)
  return { kept, removed }
}

/** True when the read model holds no row while Medusa has products (a new database, a restored copy). */
export async function catalogNeedsBuild(sql: SqlClient): Promise<boolean> {
  const { rows } = await sql.raw(
    `SELECT NOT EXISTS (SELECT 1 FROM ${CATALOG_TABLE}) AND EXISTS (SELECT 1 FROM product WHERE deleted_at IS NULL) AS needed`
  )
  return rows[0]?.needed === true
}

/* ------------------------------------------------------------------------------------------ */
/* Reads                                                                                        */

/** ORDER BY of each sort over the read model `c`, the same order as GET /store/catalog. */
const CARD_ORDER: Record<CatalogSort, string> = {
  newest: "c.product_created_at DESC, c.id DESC",
  price_asc: "(c.prices->>?)::numeric ASC, c.id ASC",
  price_desc: "(c.prices->>?)::numeric DESC, c.id ASC",
  title: `lower(c.title) COLLATE "C" ASC, c.id ASC`,
}

/**
 * One page of cards and the number matching in all, in one statement (the count comes back even
 * for a page past the end): the sellable products of the key's sales channels with a price in the
 * currency, filtered and sorted as GET /store/catalog does.
 */
export async function readCardPage(
  sql: SqlClient,
  filters: CatalogFilters,
  page: { sort: CatalogSort; limit: number; offset: number }
): Promise<{ cards: StoredCard[]; count: number }> {
  const where = ["c.sales_channel_ids && ?::text[]", "(c.prices->>?) IS NOT NULL"]
  const params: unknown[] = [filters.salesChannelIds, filters.currencyCode]
  if (filters.lapasId) {
    where.push("c.lapas_id = ?")
    params.push(filters.lapasId)
  }
  if (filters.categoryId) {
    where.push("c.category_ids @> ARRAY[?]::text[]")
    params.push(filters.categoryId)
  }
  if (filters.collectionId) {
    where.push("c.collection_id = ?")
    params.push(filters.collectionId)
  }
  if (filters.priceMin !== undefined) {
    where.push("(c.prices->>?)::numeric >= ?::numeric")
    params.push(filters.currencyCode, filters.priceMin)
  }
  if (filters.priceMax !== undefined) {
    where.push("(c.prices->>?)::numeric <= ?::numeric")
    params.push(filters.currencyCode, filters.priceMax)
  }
  const order = CARD_ORDER[page.sort]
  const orderParams = order.includes("?") ? [filters.currencyCode] : []
  const { rows } = await sql.raw(
    `WITH filtered AS (SELECT c.id, c.title, c.prices, c.product_created_at FROM ${CATALOG_TABLE} c WHERE ${where.join(" AND ")}),
page AS (
  SELECT c.id, row_number() OVER (ORDER BY ${order}) AS n
    FROM filtered c ORDER BY ${order} LIMIT ? OFFSET ?
)
SELECT total.count, card.card
  FROM (SELECT COUNT(*)::bigint AS count FROM filtered) total
  LEFT JOIN page ON true
  LEFT JOIN ${CATALOG_TABLE} card ON card.id = page.id
 ORDER BY page.n`,
    [...params, ...orderParams, ...orderParams, page.limit, page.offset]
  )
  return {
    count: rows.length ? Number(rows[0].count) : 0,
    cards: rows.filter((row) => row.card).map((row) => row.card as StoredCard),
  }
}

/** The product page's product by handle, when the key's sales channels sell it; null otherwise. */
export async function readProductByHandle(
  sql: SqlClient,
  handle: string,
  salesChannelIds: string[]
): Promise<StoredProduct | null> {
  const { rows } = await sql.raw(
    `SELECT detail FROM ${CATALOG_TABLE} WHERE handle = ? AND sales_channel_ids && ?::text[] ORDER BY id LIMIT 1`,
    [handle, salesChannelIds]
  )
  return (rows[0]?.detail as StoredProduct | undefined) ?? null
}

/** A stored variant as the store API shows it: its price in the currency as `calculated_price`. */
export function variantInCurrency(variant: StoredVariant, currencyCode: string): CatalogVariant {
  const { prices, ...rest } = variant
  const amount = prices?.[currencyCode]
  return {
    ...rest,
    calculated_price:
      amount === undefined ? null : { calculated_amount: amount, original_amount: amount, currency_code: currencyCode },
  }
}

export function cardInCurrency(card: StoredCard, currencyCode: string): CatalogCard {
  return { ...card, variants: card.variants.map((v) => variantInCurrency(v, currencyCode)) }
}

export function productInCurrency(product: StoredProduct, currencyCode: string): CatalogProduct {
  return { ...product, variants: product.variants.map((v) => variantInCurrency(v, currencyCode)) }
}
