/**
 * Runs inside the Medusa app (`medusa exec ../e2e/fault/place-orders.ts` from backend/, started by
 * e2e/fault/run.mjs with MEDUSA_WORKER_MODE=server, so the events it emits go onto Redis for the
 * worker and nothing is consumed here). Places FAULT_BULK_ORDERS orders in bulk through Medusa's
 * modules instead of the cart workflows (≈ 0.8 s of CPU per checkout would not fit the budget),
 * building what completeCartWorkflow builds:
 *   - the order (order module createOrders in batches): items with variant/product ids, titles and
 *     the variant's region price, one courier shipping method per lapas (copied from a real cart's
 *     method for that lapas, so parts resolve), addresses, email, guest customer, region, sales
 *     channel, IDR;
 *   - its payment collection (linked to the order), a bank-transfer session (pp_system_default)
 *     authorized into a payment;
 *   - an inventory reservation per line at its lapas's stock location;
 *   - the HPP snapshot of its lines (the orderCreated hook of the app);
 *   - `order.placed` for a seeded share (FAULT_PLACED_EVENT_SHARE, 0.05), so their notifications follow.
 * Then FAULT_BULK_PAID_SHARE (0.15) of them are paid, and some refunded, in bulk (pay-in-bulk.ts);
 * FAULT_HTTP_OPERATED_SHARE (0.05) are marked for run.mjs to operate over HTTP; the rest stay unpaid.
 * Random but seeded (FAULT_SEED): 1–3 lapas per order, 1–3 lines, quantities 1–3. Before placing,
 * it records one production batch per variant it sells (the same workflow as the panel), so stock
 * covers every order; a few light variants are left out and kept scarce for the HTTP race
 * run.mjs runs. Writes everything run.mjs needs to FAULT_PLACED_FILE as JSON.
 */
import { writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { chunks, pool } from "./batches"
import { payInBulk, type BulkRefund } from "./pay-in-bulk"

const fromBackend = createRequire(path.join(process.cwd(), "package.json"))
const { ContainerRegistrationKeys, Modules, QueryContext } = fromBackend("@medusajs/framework/utils")
const flows = fromBackend("@medusajs/medusa/core-flows")
const { cartShippingGroups } = fromBackend("./src/lib/checkout/lapas-shipping")
const { serviceProductIds } = fromBackend("./src/lib/catalog/service-type")
const { snapshotOrderLineCosts } = fromBackend("./src/workflows/production/steps/production-snapshot-order-line-costs")
const { recordProductionBatchWorkflow } = fromBackend("./src/workflows/production/record-production-batch")
const { PRODUCTION_MODULE } = fromBackend("./src/modules/production")
const { LAPAS_MODULE } = fromBackend("./src/modules/lapas")
const LapasProductLink = fromBackend("./src/links/lapas-product").default
const LapasStockLocationLink = fromBackend("./src/links/lapas-stock-location").default

type Row = Record<string, any>

/** mulberry32: a small seeded generator, so a seed replays the same orders. */
export function rng(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: T[]): T => list[Math.floor(next() * list.length)],
    sample: <T>(list: T[], n: number): T[] => {
      const copy = [...list]
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        ;[copy[i], copy[j]] = [copy[j], copy[i]]
      }
      return copy.slice(0, n)
    },
  }
}

/** Where the buyers live: the demo's Surabaya address (every courier of the demo serves it). */
export const ADDRESS = {
  first_name: "Uji",
  last_name: "Beban",
  address_1: "Jl. Darmo 12",
  address_2: "Tegalsari",
  city: "Kota Surabaya",
  province: "Jawa Timur",
  postal_code: "60241",
  phone: "081234567890",
  country_code: "id",
}

/** Light goods only (a parcel a courier takes), so the courier options of the HTTP checkout apply. */
const MAX_WEIGHT_GRAMS = 3_000

export default async function placeOrders({ container }: { container: any }) {
  const count = Number(process.env.FAULT_BULK_ORDERS || 1900)
  const seed = Number(process.env.FAULT_SEED || 1)
  const outFile = process.env.FAULT_PLACED_FILE
  if (!outFile) throw new Error("FAULT_PLACED_FILE is required (run.mjs sets it)")
  const concurrency = Number(process.env.FAULT_PLACE_CONCURRENCY || 8)
  // How many variants the HTTP buyers race for (run.mjs sizes it so demand outruns supply).
  const scarceCount = Number(process.env.FAULT_SCARCE_VARIANTS || 3)
  const snapshotAtPlacement = process.env.FAULT_SNAPSHOT_AT_PLACEMENT === "1"
  // The share of orders announced with `order.placed` (buyer and lapas e-mails). Every order of a
  // real checkout is; here a seeded sample, since each announcement sends several e-mails, which
  // is the worker's slowest work and not what the suite is about (the HTTP orders are all announced).
  const announcedShare = Number(process.env.FAULT_PLACED_EVENT_SHARE ?? 0.05)
  // What happens to each order next: paid in bulk here (and some refunded), operated over HTTP by
  // run.mjs (confirmations, captures, refunds, cancels, part cancels), or left unpaid.
  const bulkPaidShare = Number(process.env.FAULT_BULK_PAID_SHARE ?? 0.15)
  const httpShare = Number(process.env.FAULT_HTTP_OPERATED_SHARE ?? 0.05)
  const random = rng(seed * 7919 + 17)
  const log = (m: string) => console.log(`[place-orders] ${m}`)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const orderService = container.resolve(Modules.ORDER)
  const paymentService = container.resolve(Modules.PAYMENT)
  const inventory = container.resolve(Modules.INVENTORY)
  const customers = container.resolve(Modules.CUSTOMER)
  const eventBus = container.resolve(Modules.EVENT_BUS)
  const production = container.resolve(PRODUCTION_MODULE)
  const lapasService = container.resolve(LAPAS_MODULE)
  const times: Record<string, number> = {}
  let since = performance.now()
  const lap = (name: string) => {
    const now = performance.now()
    times[name] = Math.round(now - since)
    since = now
  }

  // The demo's region, sales channel, lapas and sellable goods.
  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "currency_code", "countries.iso_2"] })
  const region = (regions as Row[]).find((r) => r.currency_code === "idr" && r.countries?.some((c: Row) => c?.iso_2 === "id"))
  if (!region) throw new Error("No IDR region ships to Indonesia: is the database seeded?")
  const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id", "name"], filters: { name: "Karya Binaan Online" } })
  const salesChannelId = (channels as Row[])[0]?.id
  if (!salesChannelId) throw new Error("No sales channel 'Karya Binaan Online': is the database seeded?")
  const lapasRows: Row[] = await lapasService.listLapas({})
  const lapasById = new Map(lapasRows.map((l) => [l.id, l]))
  const { data: locationLinks } = await query.graph({ entity: LapasStockLocationLink.entryPoint, fields: ["lapas_id", "stock_location_id"] })
  const locationOfLapas = new Map((locationLinks as Row[]).map((l) => [l.lapas_id, l.stock_location_id]))
  const { data: productLinks } = await query.graph({ entity: LapasProductLink.entryPoint, fields: ["lapas_id", "product_id"] })
  const lapasOfProduct = new Map((productLinks as Row[]).map((l) => [l.product_id, l.lapas_id]))
  const services = await serviceProductIds(container, [...lapasOfProduct.keys()])

  const { data: variantRows } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "title",
      "sku",
      "manage_inventory",
      "product.id",
      "product.title",
      "product.subtitle",
      "product.handle",
      "product.thumbnail",
      "product.weight",
      "product.status",
      "inventory_items.inventory_item_id",
      "calculated_price.calculated_amount",
    ],
    filters: { product_id: [...lapasOfProduct.keys()] },
    context: { calculated_price: QueryContext({ region_id: region.id, currency_code: "idr" }) },
  })
  const variants = (variantRows as Row[])
    .filter((v) => v.product?.status === "published" && !services.has(v.product.id))
    .filter((v) => v.manage_inventory && v.inventory_items?.[0]?.inventory_item_id)
    .filter((v) => v.calculated_price?.calculated_amount != null && Number(v.product.weight ?? 0) <= MAX_WEIGHT_GRAMS)
    .map((v) => ({
      ...v,
      lapas_id: lapasOfProduct.get(v.product.id) as string,
      inventory_item_id: v.inventory_items[0].inventory_item_id as string,
      price: Math.round(Number(v.calculated_price.calculated_amount)),
    }))
    .filter((v) => v.lapas_id && locationOfLapas.has(v.lapas_id))
    .sort((a, b) => a.sku.localeCompare(b.sku))

  // The scarce variants: the lightest few with the least stock, in three different lapas.
  const levels: Row[] = await inventory.listInventoryLevels({ inventory_item_id: variants.map((v) => v.inventory_item_id) })
  const availableOf = (v: Row) =>
    levels
      .filter((l) => l.inventory_item_id === v.inventory_item_id && l.location_id === locationOfLapas.get(v.lapas_id))
      .reduce((sum, l) => sum + Number(l.stocked_quantity) - Number(l.reserved_quantity), 0)
  const scarce: Row[] = []
  for (const v of [...variants].filter((v) => Number(v.product.weight ?? 0) <= 1_000 && availableOf(v) > 0).sort((a, b) => availableOf(a) - availableOf(b))) {
    if (scarce.length >= scarceCount) break
    if (scarce.some((s) => s.lapas_id === v.lapas_id)) continue
    scarce.push(v)
  }
  const scarceIds = new Set(scarce.map((v) => v.id))
  const plenty = variants.filter((v) => !scarceIds.has(v.id))
  const byLapas = new Map<string, Row[]>()
  for (const v of plenty) {
    if (!byLapas.has(v.lapas_id)) byLapas.set(v.lapas_id, [])
    byLapas.get(v.lapas_id)!.push(v)
  }
  const sellingLapas = [...byLapas.keys()].sort()
  log(`seed ${seed}: ${count} orders over ${sellingLapas.length} lapas, ${plenty.length} variants; scarce: ${scarce.map((v) => `${v.sku} (${availableOf(v)})`).join(", ")}`)

  // The plan, before anything is written: lapas, lines and quantities of every order.
  const buyers = Array.from({ length: Math.max(1, Math.ceil(count / 8)) }, (_, i) => `pembeli+${seed}-${i}@karyabinaan.test`)
  const plans = Array.from({ length: count }, (_, i) => {
    const lapasIds = random.sample(sellingLapas, random.int(1, 3))
    const lines: { variant: Row; quantity: number }[] = []
    for (const lapasId of lapasIds) lines.push({ variant: random.pick(byLapas.get(lapasId)!), quantity: random.int(1, 3) })
    const extra = random.int(1, 3) - lapasIds.length
    for (let k = 0; k < extra; k++) {
      const lapasId = random.pick(lapasIds)
      const variant = random.pick(byLapas.get(lapasId)!)
      if (lines.some((l) => l.variant.id === variant.id)) continue
      lines.push({ variant, quantity: random.int(1, 3) })
    }
    const announced = random.next() < announcedShare
    const m = random.next()
    const mode = m < bulkPaidShare ? "bulk" : m < bulkPaidShare + httpShare ? "http" : "idle"
    const x = random.next()
    const refund: BulkRefund | null = x < 0.12 ? "partial" : x < 0.18 ? "full" : x < 0.22 ? "partial_twice" : null
    return { index: i, email: buyers[i % buyers.length], lapasIds, lines, announced, mode, refund, refundShare: random.next() }
  })
  lap("plan")

  // Stock for every order (and the HTTP orders' second lines), through production batches as
  // a lapas records them: the HPP average moves by what the batch costs, its makers earn premi.
  const demand = new Map<string, number>()
  for (const plan of plans) for (const line of plan.lines) demand.set(line.variant.id, (demand.get(line.variant.id) ?? 0) + line.quantity)
  const batches: Row[] = await production.listProductionBatches(
    { variant_id: [...demand.keys()] },
    { relations: ["makers"], order: { created_at: "DESC" } }
  )
  const costs: Row[] = await production.listVariantCosts({ variant_id: [...demand.keys()] })
  const day = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)
  let topUps = 0
  await pool([...demand.entries()], 4, async ([variantId, wanted]) => {
    const variant = plenty.find((v) => v.id === variantId)!
    const missing = wanted + 60 - availableOf(variant)
    if (missing <= 0) return
    const last = batches.find((b) => b.variant_id === variantId)
    const cost = costs.find((c) => c.variant_id === variantId)
    const unitCost = Math.round(Number(cost?.average_unit_cost ?? last?.unit_cost ?? Math.round(variant.price / 2)))
    await recordProductionBatchWorkflow(container).run({
      input: {
        actor_lapas_id: null,
        variant_id: variantId,
        quantity: missing,
        unit_cost: unitCost,
        produced_on: day,
        notes: `Uji beban ${seed}`,
        makers: ((last?.makers ?? []) as Row[]).filter(Boolean).map((m) => ({ inmate_id: m.inmate_id, work_units: Number(m.work_units) })),
      },
    })
    topUps++
  })
  lap("stock")
  log(`stock raised for ${topUps} variants`)

  // One real cart per lapas, to copy the courier method Medusa makes for it (name, data, option,
  // a real quote): what completeCartWorkflow would copy from the buyer's cart.
  const methodOfLapas = new Map<string, Row>()
  await pool(sellingLapas, 4, async (lapasId) => {
    const variant = byLapas.get(lapasId)![0]
    const { result: cart } = await flows.createCartWorkflow(container).run({
      input: {
        region_id: region.id,
        sales_channel_id: salesChannelId,
        email: `kurir+${seed}-${lapasById.get(lapasId)?.handle}@karyabinaan.test`,
        items: [{ variant_id: variant.id, quantity: 1 }],
        shipping_address: ADDRESS,
      },
    })
    const groups: Row[] = await cartShippingGroups(container, cart.id)
    const courier = groups[0]?.options.find((o: Row) => o.kind === "courier")
    if (!courier) throw new Error(`Lapas ${lapasById.get(lapasId)?.handle} offers no courier to ${ADDRESS.city}`)
    await flows.addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: courier.id }] } })
    const { data } = await query.graph({
      entity: "cart",
      fields: ["shipping_methods.name", "shipping_methods.amount", "shipping_methods.shipping_option_id", "shipping_methods.data", "shipping_methods.is_tax_inclusive"],
      filters: { id: cart.id },
    })
    const method = (data[0] as Row).shipping_methods[0]
    methodOfLapas.set(lapasId, {
      name: method.name,
      amount: Math.round(Number(method.amount)),
      shipping_option_id: method.shipping_option_id,
      data: method.data ?? {},
      is_tax_inclusive: !!method.is_tax_inclusive,
    })
  })
  lap("shipping quotes")

  // Guest customers, as a guest checkout makes them.
  const existingCustomers: Row[] = await customers.listCustomers({ email: buyers, has_account: false }, { select: ["id", "email"] })
  const customerOf = new Map(existingCustomers.map((c) => [c.email, c.id]))
  const newBuyers = buyers.filter((email) => !customerOf.has(email))
  for (const chunk of chunks(newBuyers, 200)) {
    const created: Row[] = await customers.createCustomers(chunk.map((email) => ({ email, first_name: "Uji", last_name: "Beban", has_account: false })))
    for (const c of created) customerOf.set(c.email, c.id)
  }
  lap("customers")

  // The orders, in batches; each batch then gets payments, reservations, snapshots and events.
  const placedAt = performance.now()
  const placed: Row[] = []
  const batchSize = Number(process.env.FAULT_ORDER_BATCH || 100)
  const timing = { orders: 0, payments: 0, reservations: 0, snapshots: 0, events: 0 }
  const inFlight = Number(process.env.FAULT_ORDER_BATCHES_IN_FLIGHT || 2)
  const placedByBatch: Row[][] = []
  let reservations: Promise<unknown> = Promise.resolve()
  await pool(chunks(plans, batchSize), inFlight, async (batch, batchIndex) => {
    let t = performance.now()
    const created: Row[] = await orderService.createOrders(
      batch.map((plan) => ({
        region_id: region.id,
        customer_id: customerOf.get(plan.email),
        sales_channel_id: salesChannelId,
        status: "pending",
        email: plan.email,
        currency_code: "idr",
        shipping_address: { ...ADDRESS },
        billing_address: { ...ADDRESS },
        no_notification: false,
        metadata: { fault_run: seed, fault_index: plan.index },
        items: plan.lines.map(({ variant, quantity }) => ({
          title: variant.product.title,
          subtitle: variant.title,
          thumbnail: variant.product.thumbnail ?? null,
          product_id: variant.product.id,
          product_title: variant.product.title,
          product_subtitle: variant.product.subtitle ?? null,
          product_handle: variant.product.handle,
          variant_id: variant.id,
          variant_sku: variant.sku,
          variant_title: variant.title,
          requires_shipping: true,
          is_discountable: true,
          is_tax_inclusive: false,
          unit_price: variant.price,
          quantity,
        })),
        shipping_methods: plan.lapasIds.map((lapasId) => {
          const method = methodOfLapas.get(lapasId)!
          return { ...method, data: { ...method.data } }
        }),
      }))
    )
    timing.orders += performance.now() - t
    t = performance.now()

    // createOrders does not answer in input order: each order is found by its plan's index. The
    // totals are computed here from the plan, the figures the order module computes (no taxes, no
    // promotions in the demo region), and checked against the module's.
    const createdByIndex = new Map(created.map((o) => [Number(o.metadata?.fault_index), o]))
    const rows = batch.map((plan) => {
      const order = createdByIndex.get(plan.index)
      if (!order) throw new Error(`Order of plan ${plan.index} not created`)
      const itemOf = new Map(((order.items ?? []) as Row[]).map((item) => [item.variant_id, item]))
      const parts = plan.lapasIds.map((lapasId) => {
        const lines = plan.lines.filter((l) => l.variant.lapas_id === lapasId)
        const items = lines.reduce((sum, l) => sum + l.variant.price * l.quantity, 0)
        return {
          lapas_id: lapasId,
          handle: lapasById.get(lapasId)?.handle,
          amount: items + methodOfLapas.get(lapasId)!.amount,
          line_item_ids: lines.map((l) => itemOf.get(l.variant.id)?.id),
        }
      })
      return {
        id: order.id as string,
        display_id: order.display_id as number,
        total: parts.reduce((sum, p) => sum + p.amount, 0),
        parts,
        lines: plan.lines.map((l) => ({
          line_item_id: itemOf.get(l.variant.id)?.id as string,
          variant_id: l.variant.id,
          inventory_item_id: l.variant.inventory_item_id,
          lapas_id: l.variant.lapas_id,
          quantity: l.quantity,
          unit_price: l.variant.price,
        })),
        payment_id: null as string | null,
        announced: plan.announced,
        mode: plan.mode,
        refund: plan.mode === "bulk" ? plan.refund : null,
        refund_share: plan.refundShare,
      }
    })
    for (const row of rows) {
      const order = created.find((o) => o.id === row.id)
      if (order?.total == null) throw new Error(`Order ${row.id}: createOrders gave no total to check`)
      const total = Math.round(Number(order.total))
      if (total !== row.total) throw new Error(`Order ${row.id}: the module's total ${total} is not the plan's ${row.total}`)
    }

    // What createPaymentSession + authorizePaymentSession leave behind for the system provider
    // (bank transfer: no call to anyone), written in bulk through the payment module: a collection
    // "authorized" for the order's total, its session authorized, the payment of that session.
    const now = new Date()
    const collections: Row[] = await paymentService.createPaymentCollections(
      rows.map((r) => ({ currency_code: "idr", amount: r.total, status: "authorized", authorized_amount: r.total }))
    )
    await link.create(
      rows.map((r, k) => ({
        [Modules.ORDER]: { order_id: r.id },
        [Modules.PAYMENT]: { payment_collection_id: collections[k].id },
      }))
    )
    const sessions: Row[] = await paymentService.createPaymentSessions(
      rows.map((r, k) => ({
        payment_collection_id: collections[k].id,
        provider_id: "pp_system_default",
        currency_code: "idr",
        amount: r.total,
        data: {},
        context: {},
        status: "authorized",
        authorized_at: now,
      }))
    )
    const payments: Row[] = await paymentService.createPayments(
      rows.map((r, k) => ({
        amount: r.total,
        currency_code: "idr",
        provider_id: "pp_system_default",
        payment_collection_id: collections[k].id,
        payment_session: sessions[k].id,
        data: {},
      }))
    )
    rows.forEach((row, k) => (row.payment_id = payments[k].id))
    timing.payments += performance.now() - t
    t = performance.now()

    // One reservation call at a time: the module adds to each level's reserved_quantity by reading
    // it first, so two batches at once would lose one's count (the checkout takes a lock for this).
    const reserved = reservations.then(() =>
      inventory.createReservationItems(
        rows.flatMap((row) =>
          row.lines.map((line) => ({
            line_item_id: line.line_item_id,
            inventory_item_id: line.inventory_item_id,
            location_id: locationOfLapas.get(line.lapas_id),
            quantity: line.quantity,
            allow_backorder: false,
          }))
        )
      )
    )
    reservations = reserved.catch(() => undefined)
    await reserved
    timing.reservations += performance.now() - t
    t = performance.now()

    // The app's orderCreated hook snapshots each line's HPP at checkout; the booking does the same
    // for lines without one, and no batch is recorded after this script, so it is optional here.
    if (snapshotAtPlacement) {
      await pool(rows, concurrency, async (row) => {
        await snapshotOrderLineCosts(container, row.id)
      })
    }
    timing.snapshots += performance.now() - t
    t = performance.now()

    const announced = rows.filter((row) => row.announced)
    if (announced.length) await eventBus.emit(announced.map((row) => ({ name: "order.placed", data: { id: row.id } })))
    timing.events += performance.now() - t
    placedByBatch[batchIndex] = rows
    const done = placedByBatch.reduce((sum, b) => sum + (b?.length ?? 0), 0)
    if (batchIndex % 5 === 4 || done === plans.length) log(`${done}/${plans.length} placed`)
  })
  placed.push(...placedByBatch.flat())
  const seconds = (performance.now() - placedAt) / 1000
  lap("orders")
  log(
    `${placed.length} orders in ${seconds.toFixed(1)} s: ${(placed.length / seconds).toFixed(1)} orders/s ` +
      `(orders ${(timing.orders / 1000).toFixed(1)} s, payments ${(timing.payments / 1000).toFixed(1)} s, ` +
      `reservations ${(timing.reservations / 1000).toFixed(1)} s, HPP snapshots ${(timing.snapshots / 1000).toFixed(1)} s, events ${(timing.events / 1000).toFixed(1)} s)`
  )

  const bulk = await payInBulk(
    container,
    placed.filter((o) => o.mode === "bulk"),
    { concurrency, log }
  )
  lap("bulk payments")

  writeFileSync(
    outFile,
    JSON.stringify({
      seed,
      region_id: region.id,
      sales_channel_id: salesChannelId,
      address: ADDRESS,
      lapas: lapasRows.map((l) => ({ id: l.id, handle: l.handle, time_zone: l.time_zone, location_id: locationOfLapas.get(l.id) ?? null })),
      scarce: scarce.map((v) => ({ id: v.id, sku: v.sku, lapas_id: v.lapas_id, inventory_item_id: v.inventory_item_id, location_id: locationOfLapas.get(v.lapas_id), available: availableOf(v) })),
      companions: sellingLapas.map((lapasId) => ({ lapas_id: lapasId, variant_id: byLapas.get(lapasId)![0].id })),
      orders: placed,
      seconds,
      orders_per_second: placed.length / seconds,
      bulk_payments: bulk,
      phases_ms: times,
      timing_ms: Object.fromEntries(Object.entries(timing).map(([k, v]) => [k, Math.round(v)])),
    })
  )
}
