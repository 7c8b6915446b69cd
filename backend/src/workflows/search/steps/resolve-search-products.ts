import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LAPAS_PRODUCT_TABLE } from "../../../lib/lapas/link-tables"
import { sqlOf, type SqlClient } from "../../../lib/sql"

/** What an event names, whose products' documents it changes. */
export interface SearchReference {
  kind: "product" | "variant" | "inventory_level" | "reservation" | "category" | "lapas"
  id: string
}

/*
 * From what an event names to the products whose documents it changes. Deleted rows are read
 * too: Medusa soft-deletes variants, inventory levels and reservations, and the event of a
 * deletion arrives after the row is gone from the live data.
 */

const distinctIds = (rows: any[], key = "product_id"): string[] => [
  ...new Set(rows.map((row) => row[key]).filter((id): id is string => typeof id === "string")),
]

/** The products of these variants (deleted variants included). */
async function productIdsOfVariants(sql: SqlClient, variantIds: string[]): Promise<string[]> {
  if (!variantIds.length) return []
  const { rows } = await sql.raw(`SELECT DISTINCT product_id FROM product_variant WHERE id = ANY(?::text[])`, [variantIds])
  return distinctIds(rows)
}

/** The products whose live variants use these inventory items. */
async function productIdsOfInventoryItems(sql: SqlClient, inventoryItemIds: string[]): Promise<string[]> {
  if (!inventoryItemIds.length) return []
  const { rows } = await sql.raw(
    `SELECT DISTINCT pv.product_id
       FROM product_variant_inventory_item x
       JOIN product_variant pv ON pv.id = x.variant_id AND pv.deleted_at IS NULL
      WHERE x.inventory_item_id = ANY(?::text[]) AND x.deleted_at IS NULL`,
    [inventoryItemIds]
  )
  return distinctIds(rows)
}

/** The products stocked by these inventory levels (deleted levels included). */
async function productIdsOfInventoryLevels(sql: SqlClient, levelIds: string[]): Promise<string[]> {
  if (!levelIds.length) return []
  const { rows } = await sql.raw(
    `SELECT DISTINCT inventory_item_id FROM inventory_level WHERE id = ANY(?::text[])`,
    [levelIds]
  )
  return productIdsOfInventoryItems(sql, distinctIds(rows, "inventory_item_id"))
}

/** The products reserved by these reservations (deleted reservations included). */
async function productIdsOfReservations(sql: SqlClient, reservationIds: string[]): Promise<string[]> {
  if (!reservationIds.length) return []
  const { rows } = await sql.raw(
    `SELECT DISTINCT inventory_item_id FROM reservation_item WHERE id = ANY(?::text[])`,
    [reservationIds]
  )
  return productIdsOfInventoryItems(sql, distinctIds(rows, "inventory_item_id"))
}

/** The products of these lapas. */
async function productIdsOfLapas(sql: SqlClient, lapasIds: string[]): Promise<string[]> {
  if (!lapasIds.length) return []
  const { rows } = await sql.raw(
    `SELECT DISTINCT product_id FROM ${LAPAS_PRODUCT_TABLE} WHERE lapas_id = ANY(?::text[]) AND deleted_at IS NULL`,
    [lapasIds]
  )
  return distinctIds(rows)
}

/** The products in these categories or any of their descendants (whatever their state: a change of a category changes them all). */
async function productIdsOfCategories(sql: SqlClient, categoryIds: string[]): Promise<string[]> {
  if (!categoryIds.length) return []
  const { rows } = await sql.raw(
    `SELECT DISTINCT pcp.product_id
       FROM product_category c
       JOIN product_category_product pcp ON pcp.product_category_id = c.id
      WHERE c.id = ANY(?::text[])
         OR string_to_array(c.mpath, '.') && ?::text[]`,
    [categoryIds, categoryIds]
  )
  return distinctIds(rows)
}

const RESOLVERS: Record<SearchReference["kind"], (sql: SqlClient, ids: string[]) => Promise<string[]>> = {
  product: async (_sql, ids) => ids,
  variant: productIdsOfVariants,
  inventory_level: productIdsOfInventoryLevels,
  reservation: productIdsOfReservations,
  category: productIdsOfCategories,
  lapas: productIdsOfLapas,
}

/** The products (ids, each once) whose documents the references change. Reads only. */
export const resolveSearchProductsStep = createStep(
  "resolve-search-products",
  async (input: { product_ids?: string[]; references?: SearchReference[] }, { container }) => {
    const sql = sqlOf(container)
    const ids = new Set((input.product_ids ?? []).filter((id) => typeof id === "string" && id.length > 0))
    const byKind = new Map<SearchReference["kind"], string[]>()
    for (const reference of input.references ?? []) {
      byKind.set(reference.kind, [...(byKind.get(reference.kind) ?? []), reference.id])
    }
    for (const [kind, referenced] of byKind) {
      for (const id of await RESOLVERS[kind](sql, referenced)) ids.add(id)
    }
    return new StepResponse([...ids])
  }
)
