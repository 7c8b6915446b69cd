/**
 * Runs inside the Medusa app (`medusa exec ../bench/pnbp-export-run.ts` from backend/, started
 * by bench/pnbp-export.mjs): seeds BENCH_LINES/10 and BENCH_LINES order lines of two synthetic
 * lapas by SQL, then exports each lapas's PNBP report of the month in every format to a sink
 * that counts and discards the bytes. Prints seconds, lines/s, bytes and the peak growth of RSS
 * and heap over the start of each export (sampled every 10 ms).
 */
import { createRequire } from "node:module"
import path from "node:path"
import { Writable } from "node:stream"

const fromBackend = createRequire(path.join(process.cwd(), "package.json"))
const { ContainerRegistrationKeys } = fromBackend("@medusajs/framework/utils")
const { writePnbpReport } = fromBackend("./src/reports/pnbp")
const { PNBP_REPORT_FORMATS: REPORT_FORMATS } = fromBackend("@karya-binaan/contracts")
const { scopeOf } = fromBackend("./src/modules/profit-share/reports/scope")

const MONTH = "2026-09"
const MB = 1024 * 1024

async function seed(pg: any, lapasId: string, lines: number) {
  const products = 40
  // Orders and lines, so the report's joins run as in production (1 line per order).
  await pg.raw(
    `INSERT INTO "order" (id, status, currency_code)
     SELECT 'order_${lapasId}_' || g, 'completed', 'idr' FROM generate_series(1, ?) g`,
    [lines]
  )
  await pg.raw(
    `INSERT INTO order_line_item (id, title, product_id, product_title, unit_price, raw_unit_price)
     SELECT 'ordli_${lapasId}_' || g, 'Produk ' || (g % ${products}), 'prod_${lapasId}_' || (g % ${products}),
            'Produk ' || (g % ${products}), 50000, '{"value":"50000","precision":20}'::jsonb
       FROM generate_series(1, ?) g`,
    [lines]
  )
  // 3 entries per line (capital 50 %, premi 35 %, PNBP 15 % of a profit of 20,000), spread over the month.
  // On the embedded server (superuser) the rows go in with the user triggers off (replica role):
  // the hash chain's row trigger (Migration20261220120000) made seeding 300,000 entries take many
  // minutes on a loaded machine, and neither the chain nor the append-only rule is what this
  // measures (the report reads no chain column of an open month). As another role: with triggers.
  await pg.transaction(async (trx: any) => {
    const quick = await trx
      .raw(`SAVEPOINT seed; SET LOCAL session_replication_role = replica`)
      .then(() => true)
      .catch(async () => {
        await trx.raw(`ROLLBACK TO SAVEPOINT seed`)
        return false
      })
    if (!quick) console.log("(seeding the ledger with its triggers: not a superuser)")
    await trx.raw(
      `INSERT INTO share_ledger_entry
       (id, order_id, line_item_id, lapas_id, account, amount, raw_amount, kind, reference_id, idempotency_key,
        policy_id, capital_bp, premi_bp, pnbp_bp, unit_cost, raw_unit_cost, quantity, revenue, raw_revenue, paid,
        raw_paid, booked_at)
     SELECT 'sle_${lapasId}_' || g || '_' || a.account, 'order_${lapasId}_' || g, 'ordli_${lapasId}_' || g, ?, a.account,
            a.amount, jsonb_build_object('value', a.amount::text, 'precision', 20), 'sale', 'pay_' || g,
            'sale:ordli_${lapasId}_' || g || ':' || a.account, NULL, 5000, 3500, 1500, 30000,
            '{"value":"30000","precision":20}'::jsonb, 1, 50000, '{"value":"50000","precision":20}'::jsonb, 55500,
            '{"value":"55500","precision":20}'::jsonb,
            (?::date)::timestamp AT TIME ZONE 'Asia/Jakarta' + (g % (29 * 24 * 60)) * interval '1 minute'
       FROM generate_series(1, ?) g
      CROSS JOIN (VALUES ('capital', 10000), ('premi', 7000), ('pnbp', 3000)) AS a (account, amount)`,
      [lapasId, `${MONTH}-01`, lines]
    )
  })
  await pg.raw(
    `INSERT INTO pnbp_deposit (id, lapas_id, period_from, period_to, billing_code, ntpn, amount, raw_amount, deposited_on)
     VALUES (?, ?, ?, ?, '820260930000001', ?, ?, jsonb_build_object('value', ?::text, 'precision', 20), '2026-10-05')`,
    [`pnbpd_${lapasId}`, lapasId, `${MONTH}-01`, `${MONTH}-30`, `BENCH${String(lines).padStart(11, "0")}`, lines * 3000, lines * 3000]
  )
  await pg.raw(`ANALYZE share_ledger_entry`)
}

class Sink extends Writable {
  bytes = 0
  _write(chunk: Buffer, _encoding: string, callback: () => void) {
    this.bytes += chunk.length
    callback()
  }
}

async function measure(pg: any, lapas: any, format: string, lines: number) {
  ;(global as any).gc?.()
  const base = process.memoryUsage()
  let peakRss = base.rss
  let peakHeap = base.heapUsed
  const timer = setInterval(() => {
    const m = process.memoryUsage()
    peakRss = Math.max(peakRss, m.rss)
    peakHeap = Math.max(peakHeap, m.heapUsed)
  }, 10)
  const sink = new Sink()
  const started = process.hrtime.bigint()
  const cpu0 = process.cpuUsage()
  await writePnbpReport(pg, scopeOf(lapas, [lapas], { from: `${MONTH}-01`, to: `${MONTH}-30` }), format, sink)
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const cpu = process.cpuUsage(cpu0)
  clearInterval(timer)
  const m = process.memoryUsage()
  peakRss = Math.max(peakRss, m.rss)
  peakHeap = Math.max(peakHeap, m.heapUsed)
  return {
    format,
    lines,
    seconds,
    /** CPU seconds of this process (the app's side; PostgreSQL's are its own): less sensitive to a loaded machine than the wall time. */
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    perSecond: lines / seconds,
    bytes: sink.bytes,
    rssGrowth: (peakRss - base.rss) / MB,
    heapGrowth: (peakHeap - base.heapUsed) / MB,
  }
}

export default async function bench({ container }: { container: any }) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const total = Number(process.env.BENCH_LINES || 100_000)
  const sizes = [Math.round(total / 10), total]
  const lapasOf = (lines: number) => ({
    id: `lapas_bench_${lines}`,
    name: `Lapas Bench ${lines}`,
    handle: `lapas-bench-${lines}`,
    satker_code: "000000",
    time_zone: "Asia/Jakarta",
    city: "Jakarta",
  })
  for (const lines of sizes) {
    const started = Date.now()
    await seed(pg, lapasOf(lines).id, lines)
    console.log(`Seeded ${lines} order lines (${lines * 3} ledger entries) in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
  // BENCH_FORMATS=csv,xlsx measures only those (default: every format).
  const wanted = (process.env.BENCH_FORMATS || "").split(",").map((f) => f.trim()).filter(Boolean)
  const formats = (REPORT_FORMATS as string[]).filter((f) => !wanted.length || wanted.includes(f))
  // Warm up (JIT, connection pool, fonts) on the small one.
  for (const format of formats) await measure(pg, lapasOf(sizes[0]), format, sizes[0])

  console.log(
    `\n${"format".padEnd(6)} ${"lines".padStart(8)} ${"seconds".padStart(8)} ${"app CPU s".padStart(9)} ${"lines/s".padStart(9)} ${"MB out".padStart(8)} ${"peak RSS +MB".padStart(13)} ${"peak heap +MB".padStart(14)}`
  )
  const results: any[] = []
  for (const format of formats) {
    for (const lines of sizes) {
      const r = await measure(pg, lapasOf(lines), format, lines)
      results.push(r)
      console.log(
        `${r.format.padEnd(6)} ${String(r.lines).padStart(8)} ${r.seconds.toFixed(2).padStart(8)} ${r.cpuSeconds.toFixed(2).padStart(9)} ${Math.round(r.perSecond).toString().padStart(9)} ${(r.bytes / MB).toFixed(1).padStart(8)} ${r.rssGrowth.toFixed(1).padStart(13)} ${r.heapGrowth.toFixed(1).padStart(14)}`
      )
    }
  }
  console.log(
    "\nMemory is flat when the 100k run's peak growth is about the 10k run's: rows are fetched from a" +
      " server-side cursor 1,000 at a time and written out as they come."
  )
}
