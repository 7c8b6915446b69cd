// `pnpm bench:store`'s databases and processes: the demo marketplace seeded once into a template
// database (migrated as the owner role, seeded as the app role, as scripts/lib/production-stack.mjs
// prepares one), plenty of stock on the variants the cart and checkout routes buy, then one copy
// per app (`CREATE DATABASE … TEMPLATE …`), so both apps read the same rows and neither sees the
// other's carts and orders. Vanilla Medusa runs Medusa's own migrations' tables of the copy and
// ignores ours.
import { createRequire } from "node:module"
import path from "node:path"
import { BACKEND_DIR, isSeeded, publishableKey } from "../../scripts/lib/marketplace.mjs"
import { prepareDatabase } from "./load-prepare.mjs"
import { ROOT } from "../../scripts/lib/postgres.mjs"
import { startService, waitForHttp } from "../../scripts/lib/process.mjs"
import { freshSecrets } from "../../scripts/lib/secrets.mjs"

export const VANILLA_DIR = path.join(ROOT, "bench", "vanilla-medusa")
/** Units given to each variant the cart and checkout routes buy, so no run sells out. */
export const BENCH_STOCK = 10_000_000

const quote = (name) => `"${name.replace(/"/g, '""')}"`

/**
 * The seeded template (made when missing, or always with `fresh`). Returns nothing; the copies
 * carry the data.
 */
export async function ensureTemplate(postgres, { template, backendUrl, fresh, log }) {
  const exists = (await postgres.query("postgres", "SELECT 1 FROM pg_database WHERE datname = $1", [template])).length > 0
  if (!fresh && exists && (await isSeeded(postgres, template).catch(() => false))) {
    log(`reusing the seeded template database ${template}`)
    return
  }
  await prepareDatabase(postgres, { database: template, backendUrl, log })
}

/** A fresh copy of `template` named `database` (the template must have no connections). Returns its roles' URLs. */
export async function copyDatabase(postgres, { template, database, log }) {
  await postgres.query("postgres", `DROP DATABASE IF EXISTS ${quote(database)} WITH (FORCE)`)
  await postgres.query("postgres", `CREATE DATABASE ${quote(database)} TEMPLATE ${quote(template)}`)
  return postgres.databaseRoles(database, { log })
}

export async function dropDatabase(postgres, database) {
  await postgres.query("postgres", `DROP DATABASE IF EXISTS ${quote(database)} WITH (FORCE)`)
}

/**
 * What the routes ask for, read from the template: the IDR region, the category with the most
 * published products, one product with a priced variant (handle and id), the publishable key, and
 * `variants`: up to four stock-managed goods variants of one lapas (the lapas with the most), with
 * their stock location and shipping profile.
 */
export async function pickFixtures(postgres, database) {
  const [region] = await postgres.query(
    database,
    `SELECT id, name FROM region WHERE currency_code = 'idr' AND deleted_at IS NULL ORDER BY created_at LIMIT 1`
  )
  if (!region) throw new Error("The demo data has no IDR region")
  const [category] = await postgres.query(
    database,
    `SELECT pc.id, pc.handle, count(*)::int AS products
       FROM product_category pc
       JOIN product_category_product pcp ON pcp.product_category_id = pc.id
       JOIN product p ON p.id = pcp.product_id AND p.deleted_at IS NULL AND p.status = 'published'
      WHERE pc.deleted_at IS NULL AND pc.is_active AND NOT pc.is_internal
      GROUP BY pc.id, pc.handle ORDER BY count(*) DESC, pc.handle LIMIT 1`
  )
  if (!category) throw new Error("The demo data has no category with published products")
  // Variants of goods (not services), stock-managed, priced in IDR, with exactly one stock level.
  const variants = await postgres.query(
    database,
    `SELECT pv.id AS variant_id, pv.sku, p.id AS product_id, p.handle, psp.shipping_profile_id, il.id AS level_id,
            il.location_id
       FROM product_variant pv
       JOIN product p ON p.id = pv.product_id AND p.deleted_at IS NULL AND p.status = 'published'
       JOIN product_shipping_profile psp ON psp.product_id = p.id AND psp.deleted_at IS NULL
       LEFT JOIN product_type pt ON pt.id = p.type_id
       JOIN product_variant_inventory_item pvii ON pvii.variant_id = pv.id AND pvii.deleted_at IS NULL
       JOIN inventory_level il ON il.inventory_item_id = pvii.inventory_item_id AND il.deleted_at IS NULL
       JOIN product_variant_price_set pvps ON pvps.variant_id = pv.id AND pvps.deleted_at IS NULL
       JOIN price pr ON pr.price_set_id = pvps.price_set_id AND pr.deleted_at IS NULL AND pr.currency_code = 'idr'
                    AND pr.price_list_id IS NULL
      WHERE pv.deleted_at IS NULL AND pv.manage_inventory
        AND coalesce(pt.value, '') !~* '(jasa|service)'
        AND (SELECT count(*) FROM inventory_level l2 WHERE l2.inventory_item_id = il.inventory_item_id AND l2.deleted_at IS NULL) = 1
      ORDER BY p.handle, pv.sku`
  )
  const byLocation = new Map()
  for (const row of variants) {
    const list = byLocation.get(row.location_id) ?? []
    if (!list.some((v) => v.variant_id === row.variant_id)) list.push(row)
    byLocation.set(row.location_id, list)
  }
  const chosen = [...byLocation.values()].sort((a, b) => b.length - a.length)[0]?.slice(0, 4) ?? []
  if (!chosen.length) throw new Error("The demo data has no stock-managed goods variant priced in rupiah")
  const product = chosen[0]
  return {
    region,
    category,
    product: { id: product.product_id, handle: product.handle },
    variants: chosen,
    publishableKey: await publishableKey(postgres, database),
  }
}

/** BENCH_STOCK units on each of `variants` (both columns of the BigNumber: Medusa reads the raw one). */
export async function giveStock(postgres, database, variants) {
  for (const v of variants) {
    await postgres.query(
      database,
      `UPDATE inventory_level
          SET stocked_quantity = reserved_quantity + $2,
              raw_stocked_quantity = jsonb_build_object('value', (reserved_quantity + $2)::text, 'precision', 20),
              updated_at = now()
        WHERE id = $1`,
      [v.level_id, BENCH_STOCK]
    )
  }
}

/**
 * The app's process: Medusa's CLI (`node_modules/.bin/medusa`, which execs node on the CLI) with
 * `start` in the app's folder, NODE_ENV=production, without a build (both apps alike; how
 * scripts/lib/production-stack.mjs runs the backend), in-memory event bus, cache and workflow
 * engine (no REDIS_URL), admin dashboard off. Not through `pnpm exec`: pnpm 12 runs the command in
 * a process group of its own, out of reach of a signal to ours, so a stop would wait for pnpm's
 * SIGKILL reaper. Here the app leads its own group (startService): SIGTERM, then SIGKILL after
 * 10 s (Medusa waits for open keep-alive connections before it exits). `nodeFlags` (e.g. --cpu-prof,
 * which NODE_OPTIONS refuses): node runs the app's Medusa CLI itself with them, as the shim would.
 */
export async function startApp({ which, port, databaseUrl, env = {}, nodeFlags = [], log }) {
  const url = `http://127.0.0.1:${port}`
  const cwd = which === "vanilla" ? VANILLA_DIR : BACKEND_DIR
  const args = ["start", "--port", String(port)]
  const [command, commandArgs] = nodeFlags.length
    ? [process.execPath, [...nodeFlags, createRequire(path.join(cwd, "package.json")).resolve("@medusajs/cli/cli.js"), ...args]]
    : [path.join(cwd, "node_modules", ".bin", "medusa"), args]
  const service = startService(command, commandArgs, {
    cwd,
    env: {
      DATABASE_URL: databaseUrl,
      MEDUSA_BACKEND_URL: url,
      NODE_ENV: "production",
      DISABLE_MEDUSA_ADMIN: "true",
      REDIS_URL: "",
      ...freshSecrets(),
      ...env,
    },
    label: which,
    quiet: true,
  })
  const since = Date.now()
  await waitForHttp(`${url}/health`, { service, timeoutMs: 300_000 })
  log(`${which} up at ${url} in ${((Date.now() - since) / 1000).toFixed(1)} s (pid ${service.child.pid})`)
  return { which, url, service }
}

/** The demo Medusa admin (the seed's DEMO_ADMIN_EMAIL / DEMO_ADMIN_PASSWORD defaults). */
const ADMIN = {
  email: process.env.DEMO_ADMIN_EMAIL || "admin@karyabinaan.test",
  password: process.env.DEMO_ADMIN_PASSWORD || "karyabinaan",
}

/**
 * Vanilla's delivery for the bought variants: our pickup option is on Medusa's manual provider at
 * Rp 0, but its rule (`cart_lapas.<id> = true`) is met only through our shipping-options context
 * hook, which vanilla lacks, so vanilla would list no option. Through vanilla's own admin API (the
 * demo admin can log in there: the auth tables are Medusa's), a flat Rp 0 option on the manual
 * provider is added in the same pickup service zone and shipping profile, with only Medusa's
 * default store rules. Returns the created option ids.
 */
export async function addVanillaPickup(postgres, { url, database, variants }) {
  const login = await fetch(`${url}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  })
  const { token } = await login.json()
  if (!login.ok || !token) throw new Error(`vanilla: the demo admin cannot log in (HTTP ${login.status})`)
  const ids = []
  for (const profile of [...new Set(variants.map((v) => v.shipping_profile_id))]) {
    const [zone] = await postgres.query(
      database,
      `SELECT service_zone_id FROM shipping_option
        WHERE shipping_profile_id = $1 AND provider_id = 'manual_manual' AND price_type = 'flat' AND deleted_at IS NULL
        ORDER BY created_at LIMIT 1`,
      [profile]
    )
    if (!zone) throw new Error(`No manual flat (pickup) option for shipping profile ${profile} in the demo data`)
    const created = await fetch(`${url}/admin/shipping-options`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({
        name: "Ambil di lapas (bench)",
        service_zone_id: zone.service_zone_id,
        shipping_profile_id: profile,
        provider_id: "manual_manual",
        price_type: "flat",
        type: { label: "Ambil di lapas", description: "Pickup at the lapas", code: "bench-pickup" },
        prices: [{ currency_code: "idr", amount: 0 }],
        rules: [
          { attribute: "enabled_in_store", operator: "eq", value: "true" },
          { attribute: "is_return", operator: "eq", value: "false" },
        ],
      }),
    })
    const body = await created.json().catch(() => null)
    if (!created.ok) throw new Error(`vanilla: POST /admin/shipping-options answered ${created.status}: ${JSON.stringify(body)}`)
    ids.push(body.shipping_option.id)
  }
  return ids
}
