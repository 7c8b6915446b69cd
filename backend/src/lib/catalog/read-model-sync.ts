import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LAPAS_PRODUCT_TABLE } from "../lapas/link-tables"
import { refreshCatalogProducts } from "./read-model"
import { announceCatalogChange } from "./response-cache"
import { revalidateStorefront } from "./storefront-revalidate"
import { sqlOf, type SqlClient } from "../sql"

/** CATALOG_REVALIDATE_DELAY_MS (default 200): the pause between the NOTIFY and the storefront's revalidation. */
function revalidateDelayMs(): number {
  const value = Number(process.env.CATALOG_REVALIDATE_DELAY_MS ?? 200)
  return Number.isFinite(value) && value >= 0 ? value : 200
}

/** What an event names, whose products' cards it changes. */
export interface CatalogReference {
  kind: "product" | "variant" | "inventory_item" | "inventory_level" | "reservation" | "category" | "collection" | "type" | "lapas"
  id: string
}

const ids = (rows: any[], key = "product_id"): string[] => [
  ...new Set(rows.map((row) => row[key]).filter((id): id is string => typeof id === "string")),
]

/*
 * From a reference to the products whose cards it changes. Deleted rows are read too: Medusa
 * soft-deletes variants, levels and reservations, and a deletion's event comes after.
 */
const RESOLVERS: Record<CatalogReference["kind"], (sql: SqlClient, refs: string[]) => Promise<string[]>> = {
  product: async (_sql, refs) => refs,
  variant: async (sql, refs) =>
    ids((await sql.raw(`SELECT DISTINCT product_id FROM product_variant WHERE id = ANY(?::text[])`, [refs])).rows),
  inventory_item: async (sql, refs) =>
    ids(
      (
        await sql.raw(
          `SELECT DISTINCT pv.product_id FROM product_variant_inventory_item x
             JOIN product_variant pv ON pv.id = x.variant_id
            WHERE x.inventory_item_id = ANY(?::text[])`,
          [refs]
        )
      ).rows
    ),
  inventory_level: async (sql, refs) =>
    RESOLVERS.inventory_item(
      sql,
      ids((await sql.raw(`SELECT DISTINCT inventory_item_id FROM inventory_level WHERE id = ANY(?::text[])`, [refs])).rows, "inventory_item_id")
    ),
  reservation: async (sql, refs) =>
    RESOLVERS.inventory_item(
      sql,
      ids((await sql.raw(`SELECT DISTINCT inventory_item_id FROM reservation_item WHERE id = ANY(?::text[])`, [refs])).rows, "inventory_item_id")
    ),
  category: async (sql, refs) =>
    ids(
      (
        await sql.raw(
          `SELECT DISTINCT pcp.product_id FROM product_category c
             JOIN product_category_product pcp ON pcp.product_category_id = c.id
            WHERE c.id = ANY(?::text[]) OR string_to_array(c.mpath, '.') && ?::text[]`,
          [refs, refs]
        )
      ).rows
    ),
  collection: async (sql, refs) =>
    ids((await sql.raw(`SELECT id AS product_id FROM product WHERE collection_id = ANY(?::text[])`, [refs])).rows),
  type: async (sql, refs) =>
    ids((await sql.raw(`SELECT id AS product_id FROM product WHERE type_id = ANY(?::text[])`, [refs])).rows),
  lapas: async (sql, refs) =>
    ids(
      (await sql.raw(`SELECT DISTINCT product_id FROM ${LAPAS_PRODUCT_TABLE} WHERE lapas_id = ANY(?::text[])`, [refs])).rows
    ),
}

/** The products (each once) whose cards the references change. */
export async function productsOfReferences(sql: SqlClient, references: CatalogReference[]): Promise<string[]> {
  const byKind = new Map<CatalogReference["kind"], string[]>()
  for (const ref of references) byKind.set(ref.kind, [...(byKind.get(ref.kind) ?? []), ref.id])
  const out = new Set<string>()
  for (const [kind, refs] of byKind) for (const id of await RESOLVERS[kind](sql, refs)) out.add(id)
  return [...out]
}

/**
 * Refreshes the cards the references change, tells every server process (NOTIFY) and the
 * storefront (its cache tags: `catalog`, `product:<handle>` of each changed product before and
 * after, `lapas:<id>`). Throws when the refresh or the storefront call failed, so the event bus
 * tries the event again (the refresh is idempotent); the write that emitted it is never affected.
 */
export async function syncCatalogReadModel(scope: MedusaContainer, references: CatalogReference[]): Promise<string[]> {
  const sql = sqlOf(scope)
  const productIds = await productsOfReferences(sql, references)
  if (!productIds.length) return []
  const result = await refreshCatalogProducts(scope, productIds)
  await announceCatalogChange(sql)
  const tags = new Set<string>(["catalog"])
  for (const handle of result.previousHandles) tags.add(`product:${handle}`)
  for (const row of result.kept) {
    tags.add(`product:${row.handle}`)
    tags.add(`lapas:${row.lapas_id}`)
  }
  for (const ref of references) if (ref.kind === "lapas") tags.add(`lapas:${ref.id}`)
  // The server processes drop their cached answers when the NOTIFY reaches them (at commit, well
  // under this): only then may the storefront read afresh, or it would cache the old answer again.
  await new Promise((resolve) => setTimeout(resolve, revalidateDelayMs()))
  const revalidated = await revalidateStorefront([...tags])
  if (!revalidated.ok) {
    scope
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Catalogue read model: the storefront did not revalidate ${[...tags].length} tags: ${revalidated.reason}`)
    throw new Error(`storefront revalidation failed: ${revalidated.reason}`)
  }
  return [...tags]
}

/* ------------------------------------------------------------------------------------------ */
/* One refresh at a time, events coalesced                                                     */

/** The kinds whose events only change stock (every checkout emits them): they may wait a little to be merged. */
const STOCK_KINDS = new Set<CatalogReference["kind"]>(["reservation", "inventory_level", "inventory_item"])

/** CATALOG_STOCK_COALESCE_MS (default 250): how long a stock-only change waits for others to refresh with it. */
function stockCoalesceMs(): number {
  const value = Number(process.env.CATALOG_STOCK_COALESCE_MS ?? 250)
  return Number.isFinite(value) && value >= 0 ? value : 250
}

interface Batch<R> {
  references: Map<string, CatalogReference>
  promise: Promise<R>
  resolve: (value: R) => void
  reject: (error: unknown) => void
  /** Whether a reference that must not wait (a product, price, category, lapas…) is in it. */
  urgent: boolean
}

/**
 * A queue in front of a sync: at most one run at a time in this process; what arrives while a run
 * is busy (or during a stock-only change's short wait) is merged into the next run, each reference
 * once. Every caller's promise settles with the run that read the database after its call (its
 * tags, or its error, so the event bus can run the event again). A burst of checkouts then refreshes
 * a product's card once instead of once per reservation, and two refreshes of one product never
 * write in the opposite order to their reads.
 */
export function coalescingSync<R>(
  sync: (references: CatalogReference[]) => Promise<R>,
  waitMs: () => number = stockCoalesceMs
): (references: CatalogReference[]) => Promise<R> {
  let next: Batch<R> | null = null
  let running = false
  let wake: (() => void) | null = null

  const drain = async () => {
    running = true
    try {
      while (next) {
        if (!next.urgent && waitMs() > 0) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, waitMs())
            wake = () => {
              clearTimeout(timer)
              resolve()
            }
          })
          wake = null
        }
        const batch = next
        next = null
        try {
          batch.resolve(await sync([...batch.references.values()]))
        } catch (error) {
          batch.reject(error)
        }
      }
    } finally {
      running = false
    }
  }

  return (references) => {
    if (!next) {
      let resolve!: (value: R) => void
      let reject!: (error: unknown) => void
      const promise = new Promise<R>((res, rej) => {
        resolve = res
        reject = rej
      })
      next = { references: new Map(), promise, resolve, reject, urgent: false }
    }
    for (const ref of references) next.references.set(`${ref.kind}:${ref.id}`, ref)
    if (references.some((ref) => !STOCK_KINDS.has(ref.kind))) {
      next.urgent = true
      wake?.()
    }
    const { promise } = next
    if (!running) void drain()
    return promise
  }
}

let queued: ((references: CatalogReference[]) => Promise<string[]>) | null = null
let queuedScope: MedusaContainer | null = null

/**
 * syncCatalogReadModel through this process's queue (coalescingSync): what the subscriber calls.
 * Resolves with the tags the run that took these references revalidated.
 */
export function queueCatalogSync(scope: MedusaContainer, references: CatalogReference[]): Promise<string[]> {
  if (!references.length) return Promise.resolve([])
  if (!queued || queuedScope !== scope) {
    queuedScope = scope
    queued = coalescingSync((refs) => syncCatalogReadModel(scope, refs))
  }
  return queued(references)
}
