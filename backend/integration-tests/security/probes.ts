import type { MemberRole } from "@karya-binaan/contracts"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { SeedResult } from "../../src/scripts/seed-demo"
import { loginAs, loginAsMember, type Headers } from "../helpers"
import { buildLapasB, LAPAS_B, type LapasB } from "./lapas-b"
import type { RouteSample } from "./route-samples"
import { loadRouteSamples, loadRouteTable, type HttpMethod, type RouteEntry } from "./route-table"

/**
 * The routes the input-hygiene suite and the fuzz stage send bad input to, generated: every
 * route of the scoped API (security/route-table.ts, with its sample from samples/*.ts, called as
 * lapas B's own member of a role the route serves, so bad input meets the route's validation and
 * not a scope refusal), the custom store routes, and the Medusa store routes the storefront uses
 * (called with the demo's publishable key).
 */

export type Caller = "staffB" | "financeB" | "national" | "anonymous" | "store"

/**
 * Who sends the probes: lapas B (built on the demo data) with its staff and finance members, the
 * national member, the demo admin, a store key of lapas B's shop, and a fresh cart of that shop.
 */
export async function probeCallers(api: any, container: MedusaContainer, seed: SeedResult) {
  const as = {} as Record<Exclude<Caller, "anonymous"> | "admin", Headers>
  as.admin = await loginAs(api, "admin@karyabinaan.test")
  as.staffB = await loginAsMember(api, `staff+${LAPAS_B}@karyabinaan.test`)
  as.financeB = await loginAsMember(api, `finance+${LAPAS_B}@karyabinaan.test`)
  as.national = await loginAsMember(api, "nasional@karyabinaan.test")
  const b = await buildLapasB(api, container, seed, as.admin)
  as.store = { headers: { "x-publishable-api-key": b.shop.publishableKey } }
  const cart = await api.post("/store/carts", { region_id: b.shop.regionId }, as.store)
  return { as, b, cartId: cart.data.cart.id as string }
}

export interface Target {
  /** `METHOD /path/:param`. */
  key: string
  method: HttpMethod
  path: string
  params: Record<string, string>
  query: Record<string, string>
  body?: unknown
  multipart?: ReturnType<NonNullable<RouteSample["multipart"]>>
  caller: Caller
}

export interface StoreContext {
  b: LapasB
  cartId: string
  lapasHandle: string
}

interface StoreRoute {
  method: HttpMethod
  path: string
  params?: (c: StoreContext) => Record<string, string>
  query?: (c: StoreContext) => Record<string, string>
  body?: (c: StoreContext) => unknown
}

/** The custom store routes (src/api/store) and Medusa's store routes the storefront calls. */
export const STORE_ROUTES: StoreRoute[] = [
  { method: "GET", path: "/store/catalog", query: (c) => ({ q: "batik", lapas_id: c.b.ids.lapas, category_id: c.b.ids.category, region_id: c.b.shop.regionId, sort: "newest" }) },
  { method: "GET", path: "/store/catalog/cards", query: (c) => ({ lapas_id: c.b.ids.lapas, category_id: c.b.ids.category, region_id: c.b.shop.regionId, sort: "price_asc", limit: "12" }) },
  { method: "GET", path: "/store/catalog/products/:handle", params: () => ({ handle: "jahe-instan" }), query: (c) => ({ region_id: c.b.shop.regionId }) },
  { method: "GET", path: "/store/impact", query: (c) => ({ region_id: c.b.shop.regionId }) },
  { method: "GET", path: "/store/lapas", query: () => ({}) },
  { method: "GET", path: "/store/lapas/:handle", params: (c) => ({ handle: c.lapasHandle }) },
  { method: "GET", path: "/store/products/:id/impact", params: (c) => ({ id: c.b.ids.product }), query: (c) => ({ region_id: c.b.shop.regionId }) },
  { method: "GET", path: "/store/products/:id/makers", params: (c) => ({ id: c.b.ids.product }) },
  { method: "GET", path: "/store/search", query: () => ({ q: "batik", lapas: "lapas-surabaya", category: "batik" }) },
  { method: "GET", path: "/store/search/suggestions", query: () => ({ q: "bat" }) },
  { method: "POST", path: "/store/search/events", body: () => ({ search_id: "srch_01JZZZZZZZZZZZZZZZZZZZZZZZ", kind: "click", product_id: "prod_1" }) },
  { method: "GET", path: "/store/areas/provinces", query: () => ({}) },
  { method: "GET", path: "/store/areas/provinces/:code/cities", params: () => ({ code: "35" }) },
  { method: "GET", path: "/store/areas/cities/:code/districts", params: () => ({ code: "3578" }) },
  { method: "GET", path: "/store/areas/districts/:code/villages", params: () => ({ code: "357801" }) },
  { method: "POST", path: "/store/orders/lookup", body: () => ({ display_id: 999999, email: "pembeli@example.id" }) },
  { method: "GET", path: "/store/orders/:id/summary", params: (c) => ({ id: c.b.ids.order }) },
  {
    method: "POST",
    path: "/store/orders/:id/transfer-notices",
    params: (c) => ({ id: c.b.ids.order }),
    body: (c) => ({ lapas_handle: c.lapasHandle, amount: 100000, transferred_on: new Date().toISOString().slice(0, 10), sender_name: "Siti", sender_bank: "BRI" }),
  },
  { method: "GET", path: "/store/receipts/:token", params: () => ({ token: "x".repeat(43) }) },
  { method: "POST", path: "/store/carts/:id/lapas-shipping", params: (c) => ({ id: c.cartId }), body: (c) => ({ option_ids: [c.b.ids.shippingOption] }) },
  // Medusa's own, as the storefront calls them.
  { method: "GET", path: "/store/products", query: (c) => ({ q: "batik", region_id: c.b.shop.regionId, limit: "5", order: "-created_at" }) },
  { method: "GET", path: "/store/products/:id", params: (c) => ({ id: c.b.ids.product }), query: (c) => ({ region_id: c.b.shop.regionId }) },
  { method: "GET", path: "/store/product-categories", query: () => ({ q: "batik", handle: "batik" }) },
  { method: "GET", path: "/store/collections", query: () => ({ handle: "x" }) },
  { method: "GET", path: "/store/regions", query: () => ({}) },
  { method: "POST", path: "/store/carts", body: (c) => ({ region_id: c.b.shop.regionId, email: "pembeli@example.id" }) },
  { method: "GET", path: "/store/carts/:id", params: (c) => ({ id: c.cartId }) },
  { method: "POST", path: "/store/carts/:id", params: (c) => ({ id: c.cartId }), body: () => ({ email: "pembeli@example.id" }) },
  { method: "POST", path: "/store/carts/:id/line-items", params: (c) => ({ id: c.cartId }), body: (c) => ({ variant_id: c.b.ids.variant, quantity: 1 }) },
]

/** B's own member of a role the route serves (lapas staff first), or anonymous for public routes. */
export function ownerOf(route: RouteEntry): Caller {
  if (!route.access || "public" in route.access) return "anonymous"
  const roles = route.access.roles as readonly MemberRole[]
  if (roles.includes("lapas_staff")) return "staffB"
  if (roles.includes("finance")) return "financeB"
  return "national"
}

export function lapasApiTargets(b: LapasB): Target[] {
  const samples = loadRouteSamples().samples
  return loadRouteTable().map((route) => {
    const sample = samples[route.key] ?? {}
    return {
      key: route.key,
      method: route.method,
      path: route.path,
      params: sample.params?.(b.ids) ?? {},
      query: sample.query?.(b.ids) ?? {},
      body: sample.body?.(b.ids),
      multipart: sample.multipart?.(b.ids),
      caller: ownerOf(route),
    }
  })
}

export function storeTargets(c: StoreContext): Target[] {
  return STORE_ROUTES.map((route) => ({
    key: `${route.method} ${route.path}`,
    method: route.method,
    path: route.path,
    params: route.params?.(c) ?? {},
    query: route.query?.(c) ?? {},
    body: route.body?.(c),
    caller: "store" as const,
  }))
}

/** The path with its params filled in, encoded. */
export function fill(path: string, params: Record<string, string>) {
  return path
    .split("/")
    .map((segment) => (segment.startsWith(":") ? encodeURIComponent(params[segment.slice(1)] ?? "") : segment))
    .join("/")
}

export function urlOf(target: Pick<Target, "path" | "params" | "query">) {
  const search = new URLSearchParams(target.query).toString()
  const path = fill(target.path, target.params)
  return search ? `${path}?${search}` : path
}

/** Field names that hold a date, a month or an instant. */
export const DATE_FIELD = /(^|_)(on|at|from|to|date|month|day)$/

/** Every string leaf of a JSON value, with its path (["makers", 0, "inmate_id"]). */
export function stringLeaves(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; value: string }[] {
  if (typeof value === "string") return [{ path, value }]
  if (Array.isArray(value)) return value.flatMap((item, i) => stringLeaves(item, [...path, i]))
  if (value && typeof value === "object" && !Buffer.isBuffer(value)) {
    return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...path, key]))
  }
  return []
}

/** A deep copy of `value` with the leaf at `path` replaced. */
export function withLeaf(value: unknown, path: (string | number)[], leaf: unknown): unknown {
  if (!path.length) return leaf
  const [head, ...rest] = path
  if (Array.isArray(value)) return value.map((item, i) => (i === head ? withLeaf(item, rest, leaf) : item))
  const object = value as Record<string, unknown>
  return { ...object, [head]: withLeaf(object[head as string], rest, leaf) }
}

/** "makers[0].inmate_id", as the input-hygiene middleware names a field. */
export function fieldName(path: (string | number)[]) {
  return path.reduce<string>((name, part) => (typeof part === "number" ? `${name}[${part}]` : name ? `${name}.${part}` : part), "")
}

/**
 * A committed-write log for the fuzz stage: a row trigger on every table of the public schema
 * appends (table, operation) to `fuzz_write_log` for each row inserted, updated or deleted.
 * Appends never contend with each other, a rolled-back write leaves no log row, and counting the
 * log is one cheap query, so "a refused request wrote nothing" is checked exactly, updates
 * included, without counting every table around every request. Installed on the fuzz stage's own
 * copy of the database (as the test's superuser connection).
 */
export async function installWriteLog(sql: (text: string, params?: unknown[]) => Promise<any[]>) {
  await sql(`CREATE TABLE IF NOT EXISTS fuzz_write_log (id bigserial PRIMARY KEY, table_name text NOT NULL, operation text NOT NULL)`)
  await sql(`CREATE OR REPLACE FUNCTION fuzz_log_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO fuzz_write_log (table_name, operation) VALUES (TG_TABLE_NAME, TG_OP);
  RETURN NULL;
END $$`)
  const tables = (await sql(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'fuzz_write_log' AND tablename NOT LIKE 'pg_%'`
  )) as { tablename: string }[]
  for (const { tablename } of tables) {
    await sql(`DROP TRIGGER IF EXISTS fuzz_log_write ON public.${quoteIdent(tablename)}`)
    await sql(`CREATE TRIGGER fuzz_log_write AFTER INSERT OR UPDATE OR DELETE ON public.${quoteIdent(tablename)} FOR EACH ROW EXECUTE FUNCTION fuzz_log_write()`)
  }
  return tables.length
}

/** The id of the last committed write in the log (0 when none). */
export async function lastWrite(sql: (text: string, params?: unknown[]) => Promise<any[]>): Promise<number> {
  const [row] = await sql(`SELECT coalesce(max(id), 0)::bigint AS id FROM fuzz_write_log`)
  return Number(row.id)
}

/** The writes committed after `since`, "table operation × n". */
export async function writesSince(sql: (text: string, params?: unknown[]) => Promise<any[]>, since: number): Promise<string[]> {
  const rows = (await sql(
    `SELECT table_name, operation, count(*)::int AS n FROM fuzz_write_log WHERE id > ? GROUP BY 1, 2 ORDER BY 1, 2`,
    [since]
  )) as { table_name: string; operation: string; n: number }[]
  return rows.map((r) => `${r.table_name} ${r.operation} × ${r.n}`)
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`
