// The load run's database: a fresh demo marketplace (migrated as the owner role, seeded as the app
// role, as scripts/lib/production-stack.mjs prepares one), then a few variants cut down to a
// handful of units so that buyers race for them, and at the end the stock check: no unit promised
// twice.
import { buildSharedPackages, migrate, publishableKey, seed } from "../../scripts/lib/marketplace.mjs"

/**
 * Recreates `database`, migrates and seeds it. Returns `{ appUrl, publishableKey }`.
 */
export async function prepareDatabase(postgres, { database, backendUrl, log }) {
  const since = Date.now()
  await buildSharedPackages()
  await postgres.recreateDatabase(database)
  const { ownerUrl, appUrl, app } = await postgres.databaseRoles(database, { log })
  await migrate(ownerUrl, { app })
  await seed(appUrl, { MEDUSA_BACKEND_URL: backendUrl })
  const key = await publishableKey(postgres, database)
  log(`database ${database} migrated and seeded in ${((Date.now() - since) / 1000).toFixed(1)} s`)
  return { appUrl, publishableKey: key }
}

/** Published, stock-managed variants with their (one) stock level, by product handle. */
const STOCKED_VARIANTS_SQL = `
  SELECT pv.id AS variant_id, pv.sku, p.handle, il.id AS level_id, il.stocked_quantity::int AS stocked
    FROM product_variant pv
    JOIN product p ON p.id = pv.product_id AND p.deleted_at IS NULL AND p.status = 'published'
    JOIN product_variant_inventory_item pvii ON pvii.variant_id = pv.id AND pvii.deleted_at IS NULL
    JOIN inventory_level il ON il.inventory_item_id = pvii.inventory_item_id AND il.deleted_at IS NULL
   WHERE pv.deleted_at IS NULL AND pv.manage_inventory AND il.stocked_quantity > il.reserved_quantity
   ORDER BY p.handle, pv.sku`

/**
 * Cuts `count` variants (picked with `random`, one per product) down to 2–6 units above what is
 * already reserved. Returns `[{ variant_id, sku, handle, stocked, available }]`, the race's prizes.
 */
export async function makeScarce(postgres, database, { count, random, log }) {
  const rows = await postgres.query(database, STOCKED_VARIANTS_SQL)
  const byProduct = new Map()
  for (const row of rows) if (!byProduct.has(row.handle)) byProduct.set(row.handle, row)
  const candidates = [...byProduct.values()]
  const chosen = []
  while (chosen.length < count && candidates.length) {
    chosen.push(candidates.splice(Math.floor(random() * candidates.length), 1)[0])
  }
  for (const row of chosen) {
    const units = 2 + Math.floor(random() * 5)
    const [level] = await postgres.query(
      database,
      // Both columns of the BigNumber: Medusa computes available_quantity from raw_stocked_quantity,
      // so changing stocked_quantity alone would leave the old stock sellable.
      `UPDATE inventory_level
          SET stocked_quantity = reserved_quantity + $2,
              raw_stocked_quantity = jsonb_build_object('value', (reserved_quantity + $2)::text, 'precision', 20),
              updated_at = now()
        WHERE id = $1 RETURNING stocked_quantity::int AS stocked`,
      [row.level_id, units]
    )
    row.stocked = level.stocked
    row.available = units
  }
  log(`scarce stock: ${chosen.map((r) => `${r.handle} (${r.available})`).join(", ")}`)
  return chosen.map(({ variant_id, sku, handle, stocked, available }) => ({ variant_id, sku, handle, stocked, available }))
}

/**
 * The stock check. For every stock level: units promised (the level's reserved_quantity and the sum
 * of its live reservations, whichever is larger) beyond the units stocked. Plus the orders' own
 * count: units of each variant in orders that are not cancelled.
 */
export async function stockState(postgres, database) {
  const levels = await postgres.query(
    database,
    `SELECT il.inventory_item_id, il.location_id, il.stocked_quantity::int AS stocked,
            il.reserved_quantity::int AS reserved,
            COALESCE((SELECT SUM(ri.quantity) FROM reservation_item ri
                       WHERE ri.inventory_item_id = il.inventory_item_id AND ri.location_id = il.location_id
                         AND ri.deleted_at IS NULL), 0)::int AS reservations
       FROM inventory_level il
      WHERE il.deleted_at IS NULL`
  )
  const ordered = await postgres.query(
    database,
    `SELECT li.variant_id, SUM(oi.quantity)::int AS units
       FROM "order" o
       JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
       JOIN order_line_item li ON li.id = oi.item_id
      WHERE o.deleted_at IS NULL AND o.canceled_at IS NULL
      GROUP BY li.variant_id`
  )
  const [{ orders }] = await postgres.query(database, `SELECT count(*)::int AS orders FROM "order" WHERE deleted_at IS NULL`)
  const oversoldLevels = levels
    .map((l) => ({ ...l, oversold: Math.max(0, Math.max(l.reserved, l.reservations) - l.stocked) }))
    .filter((l) => l.oversold > 0)
  return {
    orders,
    levels: levels.length,
    oversoldUnits: oversoldLevels.reduce((sum, l) => sum + l.oversold, 0),
    oversoldLevels,
    mismatchedLevels: levels.filter((l) => l.reserved !== l.reservations).length,
    orderedUnits: new Map(ordered.map((r) => [r.variant_id, r.units])),
  }
}

/** The scarce variants after the run: units sold in the run against units that were there to sell. */
export function scarceOutcome(scarce, before, after) {
  return scarce.map((s) => {
    const sold = (after.orderedUnits.get(s.variant_id) ?? 0) - (before.orderedUnits.get(s.variant_id) ?? 0)
    return { handle: s.handle, sku: s.sku, available: s.available, sold, oversold: Math.max(0, sold - s.available) }
  })
}
