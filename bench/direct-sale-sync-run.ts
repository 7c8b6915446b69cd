/**
 * Runs inside the Medusa app (`medusa exec ../bench/direct-sale-sync-run.ts` from backend/,
 * started by bench/direct-sale-sync.mjs, which also started the backend at BENCH_BACKEND_URL).
 * Builds BENCH_SALES offline sales of a few products (cash and QRIS, sold_at spread over
 * yesterday's opening hours), sends them over HTTP as a syncing till does, first one at a time,
 * then a second queue four at a time, and checks each in the database: every sale booked exactly
 * once, and a re-send of the whole queue books nothing new.
 */
import { randomUUID } from "node:crypto"
import { createRequire } from "node:module"
import path from "node:path"
import { summary } from "./lib/figures"

const fromBackend = createRequire(path.join(process.cwd(), "package.json"))
const { ContainerRegistrationKeys } = fromBackend("@medusajs/framework/utils")

type Sale = {
  client_id: string
  venue_id: string
  lines: { variant_id: string; quantity: number }[]
  payment_method: "cash" | "qris"
  tendered?: number
  sold_at: string
}

export default async function bench({ container }: { container: any }) {
  const base = process.env.BENCH_BACKEND_URL!
  const count = Number(process.env.BENCH_SALES || 1000)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const log = (m: string) => console.log(m)

  const call = async (method: string, url: string, body?: unknown, token?: string) => {
    const response = await fetch(`${base}${url}`, {
      method,
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data = (await response.json().catch(() => ({}))) as any
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${data?.message ?? ""}`)
    return { status: response.status, data }
  }

  const { data: auth } = await call("POST", "/auth/lapas_member/emailpass", {
    email: "staff+lapas-bojonegoro@karyabinaan.test",
    password: process.env.DEMO_ADMIN_PASSWORD ?? "karyabinaan",
  })
  const token = auth.token as string
  const { data: venues } = await call("GET", "/lapas-api/venues", undefined, token)
  const showroom = (venues.venues as any[]).find((v) => v.kind === "showroom")
  const { data: stock } = await call("GET", "/lapas-api/stock?limit=200", undefined, token)
  const seen = new Set<string>()
  const variants = (stock.stock as any[])
    .filter((row) => row.product_status === "published" && !seen.has(row.product_id) && seen.add(row.product_id))
    .slice(0, 4)
    .map((row) => row.variant_id as string)
  if (variants.length < 2) throw new Error("The demo lapas has fewer than two published products to sell.")

  // Yesterday 08:00–20:00 WIB, the day the stand was offline.
  const yesterday = new Date(Date.now() + 7 * 3_600_000 - 86_400_000).toISOString().slice(0, 10)
  const opens = Date.parse(`${yesterday}T08:00:00+07:00`)
  const queue = (): Sale[] =>
    Array.from({ length: count }, (_, i) => {
      const a = variants[i % variants.length]
      const b = variants[(i + 1) % variants.length]
      const lines = i % 3 === 0 ? [{ variant_id: a, quantity: 1 + (i % 2) }, { variant_id: b, quantity: 1 }] : [{ variant_id: a, quantity: 1 }]
      const cash = i % 5 < 3
      return {
        client_id: randomUUID(),
        venue_id: showroom.id,
        lines,
        payment_method: cash ? "cash" : "qris",
        ...(cash ? { tendered: 10_000_000 } : {}),
        sold_at: new Date(opens + Math.floor((i / count) * 12 * 3_600_000)).toISOString(),
      }
    })

  /** Sends the queue `concurrency` requests at a time; each request's milliseconds and replay flag. */
  async function sync(sales: Sale[], concurrency: number) {
    const times: number[] = []
    let replayed = 0
    let next = 0
    const started = performance.now()
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let i = next++; i < sales.length; i = next++) {
          const t0 = performance.now()
          const { data } = await call("POST", "/lapas-api/direct-sales", sales[i], token)
          times.push(performance.now() - t0)
          if (data.replayed) replayed++
        }
      })
    )
    return { seconds: (performance.now() - started) / 1000, times, replayed }
  }

  const booked = async (sales: Sale[]) => {
    const ids = sales.map((s) => s.client_id)
    const { rows } = await pg.raw(
      `SELECT count(*)::int AS sales, count(DISTINCT d.order_id)::int AS orders,
              (SELECT count(*)::int FROM "order" o
                WHERE o.metadata -> 'direct_sale' ->> 'client_id' = ANY(?::text[]) AND o.deleted_at IS NULL) AS order_rows,
              (SELECT count(*)::int FROM share_ledger_entry e
                JOIN direct_sale d2 ON d2.order_id = e.order_id
               WHERE d2.client_id = ANY(?::text[]) AND e.kind = 'sale') AS entries
         FROM direct_sale d WHERE d.client_id = ANY(?::text[]) AND d.order_id IS NOT NULL AND d.deleted_at IS NULL`,
      [ids, ids, ids]
    )
    return rows[0] as { sales: number; orders: number; order_rows: number; entries: number }
  }

  log(`Direct-sale sync: ${count} queued offline sales per run, ${variants.length} products, 60 % cash / 40 % QRIS, sold ${yesterday} 08:00–20:00 WIB`)
  let failed = false
  for (const [label, concurrency] of [
    ["one till, one request at a time", 1],
    ["four tills, 4 requests at a time", 4],
  ] as const) {
    const sales = queue()
    // Warm-up: a few sales of their own, not counted, so the first request's compile time is not timed.
    if (concurrency === 1) await sync(queue().slice(0, 5), 1)
    const first = await sync(sales, concurrency)
    const after = await booked(sales)
    const again = await sync(sales, concurrency)
    const afterAgain = await booked(sales)
    const ok =
      first.replayed === 0 &&
      after.sales === count &&
      after.orders === count &&
      after.order_rows === count &&
      again.replayed === count &&
      JSON.stringify(afterAgain) === JSON.stringify(after)
    failed ||= !ok
    log(`\n${label}:`)
    log(`  ${count} sales in ${first.seconds.toFixed(1)} s = ${(count / first.seconds).toFixed(1)} sales/s`)
    log(`  ${summary("  per request (ms)", first.times)}`)
    log(`  database: ${after.sales} sales, ${after.orders} orders (${after.order_rows} order rows), ${after.entries} share entries`)
    log(`  re-sent all ${count}: ${again.replayed} answered as replays in ${again.seconds.toFixed(1)} s; booked after: ${afterAgain.sales} sales, ${afterAgain.orders} orders, ${afterAgain.entries} entries`)
    log(`  ${summary("  re-send per request (ms)", again.times)}`)
    log(`  ${ok ? "OK: each sale booked once" : "FAILED: the counts above are not one order and one sale per device id"}`)
  }
  if (failed) throw new Error("The direct-sale sync benchmark's database check failed.")
}
