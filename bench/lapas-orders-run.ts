/**
 * Runs inside the Medusa app (`medusa exec ../bench/lapas-orders-run.ts` from backend/, started by
 * bench/lapas-orders.mjs): the lapas order list (GET /lapas-api/orders) at BENCH_ORDERS orders of
 * one lapas.
 *
 * Places a few template orders of lapas A through Medusa's workflows, one per state the list
 * shows (awaiting transfer, to pack (captured), to ship (packed), shipped, canceled), then copies
 * them in SQL into BENCH_ORDERS orders: each copy is a new "order" row (its own id, number and
 * time, one minute apart) with its own order_item, order_shipping and order_summary rows and its
 * own links to the template's payment collection and fulfillments (shared rows: the copies'
 * parts load through loadOrderParts like the template's, which the bench checks on a sample).
 * Builds the state rows (rebuildOrderPartStates, timed; the copies share their template's
 * payment and fulfillments, so the build is no measure of a real one), then times listOrderParts,
 * what the route runs after its scope check, per case: first, middle and last page, each tab, a state, a search by
 * number, national across all lapas. Prints p50/p95 per case and PASS/FAIL against 50 ms p95.
 * At BENCH_BEFORE_ORDERS (1,000) orders it also times the list as it was (listPartsInMemory).
 */
import { createRequire } from "node:module"
import path from "node:path"
import { isDeepStrictEqual } from "node:util"
import { percentile, summary } from "./lib/figures"
import { placeBenchOrder, stockUp } from "./lib/bench-orders"

const fromBackend = createRequire(path.join(process.cwd(), "package.json"))
const { ContainerRegistrationKeys } = fromBackend("@medusajs/framework/utils")
const flows = fromBackend("@medusajs/medusa/core-flows")
const { seedDemoData } = fromBackend("./src/scripts/seed-demo")
const { LAPAS, PRODUCTS } = fromBackend("./src/scripts/demo-data/catalogue")
const { loadOrderParts } = fromBackend("./src/lib/order-parts/parts")
const { listPartsInMemory } = fromBackend("./src/lib/order-parts/lapas-orders")
const { listOrderParts } = fromBackend("./src/lib/order-parts/part-list")
const { rebuildOrderPartStates } = fromBackend("./src/lib/order-parts/part-states")

const TARGET_MS = 50

export default async function bench({ container }: { container: any }) {
  const total = Number(process.env.BENCH_ORDERS || 10_000)
  const beforeAt = Math.min(total, Number(process.env.BENCH_BEFORE_ORDERS || 1_000))
  const rounds = Number(process.env.BENCH_ROUNDS || 30)
  const log = (m: string) => console.log(m)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const seeded = await seedDemoData(container, { renderImages: false })

  const lapasHandle = LAPAS[0].handle
  const { data: lapasRows } = await query.graph({ entity: "lapas", fields: ["id"], filters: { handle: lapasHandle } })
  const lapasId = lapasRows[0].id as string
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["variants.id"],
    filters: { handle: PRODUCTS.find((p: any) => p.lapas === lapasHandle).handle },
  })
  const variantId = products[0].variants[0].id as string
  await stockUp(container, [variantId])

  const placeOrder = async (i: number) =>
    (
      await placeBenchOrder(container, {
        regionId: seeded.regionId,
        salesChannelId: seeded.salesChannelId,
        email: `bench+${i}@example.com`,
        items: [{ variant_id: variantId, quantity: 1 + (i % 3) }],
      })
    ).id

  const partOf = async (orderId: string) => (await loadOrderParts(container, [orderId])).get(orderId)[0]
  const capture = async (orderId: string) =>
    flows.capturePaymentWorkflow(container).run({ input: { payment_id: (await partOf(orderId)).internal.payment_id } })
  const packOf = async (orderId: string) => {
    const part = await partOf(orderId)
    const { result } = await flows.createOrderFulfillmentWorkflow(container).run({
      input: {
        order_id: orderId,
        items: part.items.map((i: any) => ({ id: i.id, quantity: i.quantity })),
        location_id: part.internal.location_id,
        shipping_option_id: part.shipping?.option_id ?? undefined,
        no_notification: true,
        metadata: { lapas_id: lapasId, kind: "courier" },
      },
    })
    return { part, fulfillmentId: result.id as string }
  }

  log("Placing the template orders (one per state) …")
  const templates: { id: string; state: string }[] = []
  const unpaid = await placeOrder(0)
  templates.push({ id: unpaid, state: "awaiting_transfer" })
  const toPack = await placeOrder(1)
  await capture(toPack)
  templates.push({ id: toPack, state: "to_pack" })
  const toShip = await placeOrder(2)
  await capture(toShip)
  await packOf(toShip)
  templates.push({ id: toShip, state: "to_ship" })
  const shipped = await placeOrder(3)
  await capture(shipped)
  const { part: shippedPart, fulfillmentId } = await packOf(shipped)
  await flows.createOrderShipmentWorkflow(container).run({
    input: {
      order_id: shipped,
      fulfillment_id: fulfillmentId,
      items: shippedPart.items.map((i: any) => ({ id: i.id, quantity: i.quantity })),
      labels: [{ tracking_number: "JNE0012345678", tracking_url: "#", label_url: "#" }],
      no_notification: true,
    },
  })
  templates.push({ id: shipped, state: "shipped" })
  const canceled = await placeOrder(4)
  await flows.cancelOrderWorkflow(container).run({ input: { order_id: canceled } })
  templates.push({ id: canceled, state: "canceled" })
  for (const t of templates) {
    const state = (await partOf(t.id)).state
    if (state !== t.state) throw new Error(`Template ${t.id} is ${state}, expected ${t.state}`)
  }
  // The mix of states in the copies (most orders are done; a few wait for the lapas).
  const mix = ["shipped", "shipped", "shipped", "shipped", "canceled", "to_pack", "to_ship", "awaiting_transfer"]
  const templateOf = (state: string) => templates.find((t) => t.state === state)!.id

  const columnsOf = async (table: string) =>
    (
      await pg.raw(`SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position`, [table])
    ).rows.map((r: any) => r.column_name as string)
  /** Copies each template's rows of `table` for every copy in bench_copy, overriding some columns. */
  async function copyRows(table: string, orderColumn: string, overrides: Record<string, string>) {
    const columns = await columnsOf(table)
    const select = columns.map((c) => overrides[c] ?? `t."${c}"`).join(", ")
    await pg.raw(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")})
       SELECT ${select} FROM bench_copy m JOIN "${table}" t ON t."${orderColumn}" = m.template_id
       ${columns.includes("deleted_at") ? "WHERE t.deleted_at IS NULL" : ""}`
    )
  }
  const maxDisplay = Number((await pg.raw(`SELECT max(display_id) AS n FROM "order"`)).rows[0].n)
  let copied = 0
  /** Copies templates until lapas A has `count` orders in all. */
  async function growTo(count: number) {
    const from = copied + 1
    const to = count - templates.length
    if (to < from) return
    await pg.raw(`DROP TABLE IF EXISTS bench_copy`)
    await pg.raw(`CREATE TABLE bench_copy (n int primary key, new_id text not null, template_id text not null)`)
    await pg.raw(
      `INSERT INTO bench_copy SELECT g, 'order_bench_' || g, (?::text[])[1 + g % ?] FROM generate_series(?::int, ?::int) g`,
      [mix.map(templateOf), mix.length, from, to]
    )
    const base = `'${new Date(Date.now() - 30 * 86_400_000).toISOString()}'::timestamptz`
    const at = `${base} + m.n * interval '1 minute'`
    await copyRows("order", "id", {
      id: "m.new_id",
      display_id: `${maxDisplay} + m.n`,
      created_at: at,
      updated_at: at,
    })
    await copyRows("order_item", "order_id", { id: `'orditem_b' || m.n || t.id`, order_id: "m.new_id" })
    await copyRows("order_shipping", "order_id", { id: `'ordspmv_b' || m.n || t.id`, order_id: "m.new_id" })
    await copyRows("order_summary", "order_id", { id: `'ordsum_b' || m.n || t.id`, order_id: "m.new_id" })
    await copyRows("order_payment_collection", "order_id", { id: `'ordpay_b' || m.n || t.id`, order_id: "m.new_id" })
    await copyRows("order_fulfillment", "order_id", { id: `'ordful_b' || m.n || t.id`, order_id: "m.new_id" })
    await pg.raw(`DROP TABLE bench_copy`)
    copied = to
    // The copies load as parts of the lapas in their template's state.
    const sample = [from, Math.floor((from + to) / 2), to].map((n) => `order_bench_${n}`)
    const parts = await loadOrderParts(container, sample)
    for (const [i, id] of sample.entries()) {
      const n = [from, Math.floor((from + to) / 2), to][i]
      const expected = mix[n % mix.length]
      const got = parts.get(id)?.map((p: any) => `${p.lapas.id}:${p.state}`)
      if (got?.length !== 1 || got[0] !== `${lapasId}:${expected}`) {
        throw new Error(`Copy ${id} loads as ${JSON.stringify(got)}, expected ${lapasId}:${expected}`)
      }
    }
  }

  const time = async (fn: () => Promise<unknown>) => {
    const t0 = performance.now()
    await fn()
    return performance.now() - t0
  }
  const limit = 20

  // Before: the list as it was, every order loaded and computed in memory, at BENCH_BEFORE_ORDERS.
  log(`Copying to ${beforeAt} orders …`)
  await growTo(beforeAt)
  await rebuildOrderPartStates(container)
  const beforeRounds = 5
  const old: number[] = []
  const now: number[] = []
  for (let i = 0; i < beforeRounds + 1; i++) {
    const o = await time(() => listPartsInMemory(container, lapasId, {}, { limit, offset: 0 }))
    const n = await time(() => listOrderParts(container, { lapasId }, { limit, offset: 0 }))
    if (i === 0) continue
    old.push(o)
    now.push(n)
  }
  const plain = (value: unknown) => JSON.parse(JSON.stringify(value))
  const inMemory = plain(await listPartsInMemory(container, lapasId, { tab: "shipped" }, { limit, offset: 40 }))
  if (!isDeepStrictEqual(inMemory, plain(await listOrderParts(container, { lapasId, tab: "shipped" }, { limit, offset: 40 })))) {
    throw new Error("The SQL list and the in-memory list disagree")
  }
  log("")
  log(`Lapas order list, first page of ${limit}, at ${beforeAt} orders of one lapas (ms, ${beforeRounds} rounds)`)
  log(summary("before: in memory (every order)", old))
  log(summary("after: state rows in SQL", now))

  log("")
  log(`Copying to ${total} orders …`)
  await growTo(total)
  const rebuild = await time(() => rebuildOrderPartStates(container))
  const { rows: counted } = await pg.raw(`SELECT count(*)::int AS n FROM order_part_state WHERE lapas_id = ?`, [lapasId])
  const count = counted[0].n as number
  log(`State rows rebuilt from ${total} orders in ${(rebuild / 1000).toFixed(1)} s; lapas A has ${count} parts.`)
  // What autovacuum does after a bulk write: statistics, and the visibility map the counts' index-only scans need.
  await pg.raw(`VACUUM ANALYZE order_part_state`)

  const middleDisplay = maxDisplay + Math.floor(total / 2)
  const cases: [string, any, { limit: number; offset: number }][] = [
    ["first page", { lapasId }, { limit, offset: 0 }],
    ["middle page", { lapasId }, { limit, offset: Math.floor(count / 2) }],
    ["last page", { lapasId }, { limit, offset: Math.max(0, count - limit) }],
    ["tab awaiting_transfer", { lapasId, tab: "awaiting_transfer" }, { limit, offset: 0 }],
    ["tab to_pack", { lapasId, tab: "to_pack" }, { limit, offset: 0 }],
    ["tab ready", { lapasId, tab: "ready" }, { limit, offset: 0 }],
    ["tab shipped, last page", { lapasId, tab: "shipped" }, { limit, offset: Math.floor(count / 2) - limit }],
    ["tab canceled", { lapasId, tab: "canceled" }, { limit, offset: 0 }],
    ["state to_ship", { lapasId, state: "to_ship" }, { limit, offset: 0 }],
    ["q = an order number", { lapasId, q: middleDisplay }, { limit, offset: 0 }],
    ["national, first page", { lapasId: null }, { limit, offset: 0 }],
    ["national, last page", { lapasId: null }, { limit, offset: Math.max(0, count - limit) }],
    ["national, tab to_pack", { lapasId: null, tab: "to_pack" }, { limit, offset: 0 }],
  ]
  log("")
  log(`Lapas order list at ${total} orders of one lapas: listOrderParts as the route runs it (ms, ${rounds} rounds, pages of ${limit})`)
  let failed = 0
  for (const [label, filter, page] of cases) {
    const times: number[] = []
    let shown = 0
    for (let i = 0; i < rounds + 2; i++) {
      let answer: any
      const ms = await time(async () => {
        answer = await listOrderParts(container, filter, page)
      })
      shown = answer.parts.length
      if (i >= 2) times.push(ms)
    }
    const p95 = percentile([...times].sort((a, b) => a - b), 95)
    if (p95 > TARGET_MS) failed++
    log(`${summary(`${label} (${shown} parts)`, times, 40)}  ${p95 <= TARGET_MS ? "PASS" : "FAIL"} (p95 ≤ ${TARGET_MS} ms)`)
  }
  log("")
  log(failed ? `${failed} case(s) over ${TARGET_MS} ms p95` : `Every case within ${TARGET_MS} ms p95`)
  if (failed) process.exitCode = 1
}
