import { createHash, randomUUID } from "node:crypto"
import { DEFAULT_BASIS_POINTS } from "@karya-binaan/shares"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { LAPAS_MODULE } from "../../src/modules/lapas"
import type LapasModuleService from "../../src/modules/lapas/service"
import { PREMI_MODULE } from "../../src/modules/premi"
import type PremiModuleService from "../../src/modules/premi/service"
import { PRODUCTION_MODULE } from "../../src/modules/production"
import type ProductionModuleService from "../../src/modules/production/service"
import { PROFIT_SHARE_MODULE } from "../../src/modules/profit-share"
import type ProfitShareModuleService from "../../src/modules/profit-share/service"
import { PRODUCTS } from "../../src/scripts/demo-data/catalogue"
import type { SeedResult } from "../../src/scripts/seed-demo"
import { appModule } from "../app"
import { loginAsMember, placeOrder, placeOrderWithPayment, variantOfProduct, waitFor, type Headers } from "../helpers"
import type { ForeignIds } from "./route-samples"

/**
 * Lapas B (the victim of the security sweep and the findings' tests): its records from the demo
 * data plus fixtures made through the store API, Medusa's workflows and module services, the
 * strings that would prove a leak of B's data, and a fingerprint of B's rows to prove nothing
 * of B was written.
 */

export const LAPAS_A = "lapas-bojonegoro"
export const LAPAS_B = "lapas-surabaya"

type Api = any
type Row = Record<string, any>

const { loadOrderParts } = appModule<typeof import("../../src/lib/order-parts/parts")>("src/lib/order-parts/parts")
const LapasProductLink = appModule<{ default: { entryPoint: string } }>("src/links/lapas-product").default
const LapasStockLocationLink = appModule<{ default: { entryPoint: string } }>("src/links/lapas-stock-location").default
const LapasShippingProfileLink = appModule<{ default: { entryPoint: string } }>("src/links/lapas-shipping-profile").default

export interface LapasB {
  ids: ForeignIds
  lapasA: string
  /** Every id of B the fixtures know (all products, variants, lines…), beyond the sample ids. */
  allIds: Record<string, string[]>
  /** Strings that prove a leak of B's data if a response to A's caller carries them. */
  markers: string[]
  /** Ids of ForeignIds that are not B's alone: the shared order (A's too) and a category (global). */
  neutral: (keyof ForeignIds)[]
  /** A's own records to show a route works for A (findings' positive controls). */
  own: { product: string; variant: string; variantTitle: string; inventoryItem: string; stockLocation: string; order: string }
  shop: { publishableKey: string; regionId: string }
}

/** Today in WIB (both lapas are in WIB). */
const wibToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)

async function productsOf(container: MedusaContainer, lapasId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: LapasProductLink.entryPoint,
    fields: ["product_id"],
    filters: { lapas_id: lapasId },
  })
  const ids = (links as Row[]).map((l) => l.product_id as string)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "handle",
      "images.id",
      "categories.id",
      "variants.id",
      "variants.title",
      "variants.sku",
      "variants.price_set.id",
      "variants.price_set.prices.id",
      "variants.inventory_items.inventory_item_id",
    ],
    filters: { id: ids },
  })
  return (data as Row[]).sort((a, b) => a.handle.localeCompare(b.handle))
}

async function stockLocationOf(container: MedusaContainer, lapasId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: LapasStockLocationLink.entryPoint,
    fields: ["stock_location_id"],
    filters: { lapas_id: lapasId },
  })
  return (data as Row[])[0].stock_location_id as string
}

/**
 * Builds lapas B's records: from the demo data its products, variants, prices, inventory, stock
 * location, inmates, production batches, partners and agreements, members; as fixtures an order
 * of B alone (paid and captured: ledger entries booked, premi allocated, one premi payout), an
 * order of A and B (B packs its part: a fulfillment), a PNBP deposit, a share policy for B and a
 * photo on B's first product; and, through the scoped API as B's staff, an event with stock moved
 * to it, a cash sale recorded there and that day's closing of B's till.
 */
export async function buildLapasB(api: Api, container: MedusaContainer, seeded: SeedResult, admin: Headers): Promise<LapasB> {
  const lapas: LapasModuleService = container.resolve(LAPAS_MODULE)
  const production: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
  const profitShare: ProfitShareModuleService = container.resolve(PROFIT_SHARE_MODULE)
  const premi: PremiModuleService = container.resolve(PREMI_MODULE)
  const productModule = container.resolve(Modules.PRODUCT)

  const [lapasA] = await lapas.listLapas({ handle: LAPAS_A })
  const [lapasB] = await lapas.listLapas({ handle: LAPAS_B })

  // The share policy first, so that the capture below books under it (same split as the default).
  const policy = await profitShare.createSharePolicies({
    scope: "lapas",
    lapas_id: lapasB.id,
    ...DEFAULT_BASIS_POINTS,
    effective_from: new Date("2021-01-01T00:00:00+07:00"),
    note: "Kebijakan uji keamanan lapas B",
    created_by: "security-sweep",
  } as any)

  let productsB = await productsOf(container, lapasB.id)
  const first = productsB[0]
  if (!first.images?.length) {
    await productModule.updateProducts(first.id, { images: [{ url: "https://images.karyabinaan.test/sweep-b.webp" }] } as any)
    productsB = await productsOf(container, lapasB.id)
  }
  const productB = productsB[0]
  const variantB = productB.variants[0]
  const productsA = await productsOf(container, lapasA.id)
  const productA = productsA[0]
  const locationB = await stockLocationOf(container, lapasB.id)
  const locationA = await stockLocationOf(container, lapasA.id)

  // Orders: one of B alone, paid and captured; one of A and B, B's part packed.
  const storeVariantB = await variantOfProduct(api, seeded.publishableKey, productB.handle)
  const handleA = PRODUCTS.find((p) => p.lapas === LAPAS_A)!.handle
  const storeVariantA = await variantOfProduct(api, seeded.publishableKey, handleA)
  const orderB = await placeOrderWithPayment(api, seeded, [{ variant_id: storeVariantB, quantity: 1 }], admin)
  await api.post(`/admin/payments/${orderB.paymentId}/capture`, {}, admin)
  const ledger = await waitFor(
    "B's ledger entries",
    async () => {
      const rows = await profitShare.listLedgerEntries({ order_id: orderB.id } as any)
      return rows.length >= 3 && rows
    },
    20_000
  )
  const allocations = await waitFor(
    "B's premi allocations",
    async () => {
      const rows = await premi.listPremiAllocations({ order_id: orderB.id } as any)
      return rows.length > 0 && rows
    },
    20_000
  )
  const payout = await premi.recordPayout({
    lapas_id: lapasB.id,
    inmate_id: allocations[0].inmate_id,
    amount: 1n,
    paid_on: wibToday(),
    method: "cash_inside",
    note: "Uji keamanan",
    created_by: "security-sweep",
  } as any)

  const shared = await placeOrder(api, seeded, [
    { variant_id: storeVariantA, quantity: 1 },
    { variant_id: storeVariantB, quantity: 1 },
  ])
  const sharedLineB = (shared.items as Row[]).find((item) => item.variant_id === storeVariantB)!
  const sharedLineA = (shared.items as Row[]).find((item) => item.variant_id === storeVariantA)!
  const partB = (await loadOrderParts(container, [shared.id])).get(shared.id)!.find((p) => p.lapas.id === lapasB.id)!
  const { result: fulfillment } = await createOrderFulfillmentWorkflow(container).run({
    input: {
      order_id: shared.id,
      items: [{ id: sharedLineB.id, quantity: 1 }],
      location_id: locationB,
      shipping_option_id: partB.shipping?.option_id ?? undefined,
      no_notification: true,
      metadata: { lapas_id: lapasB.id, kind: partB.shipping?.kind ?? "courier" },
    },
  })

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: ordersRead } = await query.graph({
    entity: "order",
    fields: ["id", "items.id", "shipping_methods.id", "shipping_methods.shipping_option_id"],
    filters: { id: [orderB.id, shared.id] },
  })
  const orderBRead = (ordersRead as Row[]).find((o) => o.id === orderB.id)!
  const sharedRead = (ordersRead as Row[]).find((o) => o.id === shared.id)!
  const shippingMethodB = (sharedRead.shipping_methods as Row[]).find((m) => m.shipping_option_id === partB.shipping?.option_id)

  const deposit = await profitShare.createPnbpDeposits({
    lapas_id: lapasB.id,
    period_from: "2026-01-01",
    period_to: "2026-01-31",
    billing_code: "820260199887766",
    ntpn: "SWEEPB0A1B2C3D4E",
    amount: 12_345,
    deposited_on: "2026-02-05",
    note: "Setoran uji keamanan lapas B",
    created_by: "security-sweep",
  } as any)

  // B's delivery: the options of its shipping profile (pickup and couriers).
  const { data: profileLinks } = await query.graph({
    entity: LapasShippingProfileLink.entryPoint,
    fields: ["shipping_profile_id"],
    filters: { lapas_id: lapasB.id },
  })
  const profileB = (profileLinks as Row[])[0]?.shipping_profile_id as string
  const optionsB = (await container
    .resolve(Modules.FULFILLMENT)
    .listShippingOptions({ shipping_profile_id: profileB }, { select: ["id", "provider_id"] })) as Row[]
  const courierOptionB = optionsB.find((o) => o.provider_id === "courier-rates_courier-rates")

  const inmates = await production.listInmates({ lapas_id: lapasB.id })
  const batches = await production.listProductionBatches({ lapas_id: lapasB.id })
  const partners = await lapas.listPartners({ lapas_id: lapasB.id } as any, { relations: ["agreements"] })
  const members = await lapas.listLapasMembers({ lapas_id: lapasB.id } as any)
  const staffB = members.find((m) => m.role === "lapas_staff")!
  const partner = partners.find((p) => p.agreements?.length) ?? partners[0]

  // Penjualan langsung, through the routes as B's staff: an event, 2 units moved to it, 1 sold
  // there for cash, and the day closed with a difference and its reason.
  const staffBHeaders = await loginAsMember(api, `staff+${LAPAS_B}@karyabinaan.test`)
  const { data: eventData } = await api.post(
    "/lapas-api/venues",
    { name: "Pameran Uji Keamanan Lapas B", place: "Gedung Uji Sweep", starts_on: wibToday(), ends_on: wibToday(), max_discount_bp: 1000 },
    staffBHeaders
  )
  const eventB = eventData.venue as Row
  const { data: stockData } = await api.get("/lapas-api/stock?limit=200", staffBHeaders)
  const movable = (stockData.stock as Row[]).find((r) => r.product_status === "published" && r.manage_inventory && r.available >= 2)
  if (!movable) throw new Error("The sweep found no variant of lapas B with 2 units to take to its event")
  await api.post(
    `/lapas-api/venues/${eventB.id}/stock-moves`,
    { direction: "to_venue", lines: [{ variant_id: movable.variant_id, quantity: 2 }] },
    staffBHeaders
  )
  const { data: saleData } = await api.post(
    "/lapas-api/direct-sales",
    {
      client_id: randomUUID(),
      venue_id: eventB.id,
      lines: [{ variant_id: movable.variant_id, quantity: 1 }],
      payment_method: "cash",
      tendered: 50_000_000,
      sold_at: new Date().toISOString(),
      buyer: { name: "Pembeli Sweep Lapas B", phone: "081298765432" },
      note: "Penjualan uji keamanan lapas B",
    },
    staffBHeaders
  )
  const directSaleB = saleData.direct_sale as Row
  const { data: closingData } = await api.post(
    "/lapas-api/cash-closings",
    {
      venue_id: eventB.id,
      business_date: directSaleB.business_date,
      opening_float: 100_000,
      counted_cash: 100_000 + Number(directSaleB.total) - 1_000,
      reason: "Selisih uji keamanan lapas B",
    },
    staffBHeaders
  )
  const closingB = closingData.closing as Row
  const { data: directOrders } = await query.graph({
    entity: "order",
    fields: ["id", "items.id", "payment_collections.payments.id"],
    filters: { id: directSaleB.order_id },
  })
  const directOrderB = (directOrders as Row[])[0]
  const eventVenueRow = await container
    .resolve("direct_sale" as any)
    .listVenues({ id: eventB.id }, { select: ["id", "stock_location_id"] })
  const eventLocationB = (eventVenueRow as Row[])[0]?.stock_location_id as string

  const ids: ForeignIds = {
    lapas: lapasB.id,
    product: productB.id,
    variant: variantB.id,
    priceSet: variantB.price_set.id,
    price: variantB.price_set.prices[0].id,
    inventoryItem: variantB.inventory_items[0].inventory_item_id,
    stockLocation: locationB,
    category: productB.categories?.[0]?.id ?? "",
    image: productB.images[0].id,
    order: orderB.id,
    sharedOrder: shared.id,
    lineItem: sharedLineB.id,
    fulfillment: fulfillment.id,
    payment: orderB.paymentId,
    inmate: inmates[0].id,
    productionBatch: batches[0].id,
    partner: partner.id,
    agreement: partner.agreements?.[0]?.id ?? "",
    member: staffB.id,
    premiPayout: payout.id,
    pnbpDeposit: deposit.id,
    ledgerEntry: ledger[0].id,
    sharePolicy: policy.id,
    shippingOption: courierOptionB?.id ?? "",
    venue: eventB.id,
    directSale: directSaleB.id,
    cashClosing: closingB.id,
  }
  for (const [name, value] of Object.entries(ids)) {
    if (!value) throw new Error(`The sweep could not resolve lapas B's ${name}`)
  }

  const allIds: Record<string, string[]> = {
    product: productsB.map((p) => p.id),
    variant: productsB.flatMap((p) => p.variants.map((v: Row) => v.id)),
    priceSet: productsB.flatMap((p) => p.variants.map((v: Row) => v.price_set.id)),
    price: productsB.flatMap((p) => p.variants.flatMap((v: Row) => v.price_set.prices.map((x: Row) => x.id))),
    inventoryItem: productsB.flatMap((p) => p.variants.flatMap((v: Row) => v.inventory_items.map((i: Row) => i.inventory_item_id))),
    image: productsB.flatMap((p) => (p.images ?? []).map((i: Row) => i.id)),
    lineItem: [sharedLineB.id, ...(orderBRead.items as Row[]).map((i) => i.id), ...((directOrderB?.items ?? []) as Row[]).map((i) => i.id)],
    shippingMethod: [shippingMethodB?.id, ...(orderBRead.shipping_methods as Row[]).map((m) => m.id)].filter(Boolean),
    fulfillment: [fulfillment.id],
    inmate: inmates.map((i) => i.id),
    productionBatch: batches.map((b) => b.id),
    partner: partners.map((p) => p.id),
    agreement: partners.flatMap((p) => (p.agreements ?? []).map((a: Row) => a.id)),
    member: members.map((m) => m.id),
    ledgerEntry: ledger.map((e) => e.id),
    premiAllocation: allocations.map((a) => a.id),
    shippingOption: optionsB.map((o) => o.id),
    directSaleOrder: [directSaleB.order_id],
    directSalePayment: ((directOrderB?.payment_collections ?? []) as Row[]).flatMap((c) => (c.payments ?? []).map((p: Row) => p.id)),
    eventStockLocation: [eventLocationB].filter(Boolean),
    /** The receipt link's secret: the buyer's receipt page must never reach another lapas. */
    receiptToken: [String(directSaleB.receipt_path).split("/").pop()!],
    directSaleClientId: [directSaleB.client_id],
  }

  const neutral: (keyof ForeignIds)[] = ["sharedOrder", "category"]
  const strings = [
    lapasB.name,
    lapasB.handle,
    lapasB.satker_code,
    lapasB.bank_account_number,
    lapasB.bank_account_holder,
    lapasB.contact_email,
    lapasB.contact_phone,
    lapasB.address,
    ...productsB.flatMap((p) => [p.title, p.handle, ...p.variants.map((v: Row) => v.sku)]),
    ...inmates.flatMap((i) => [i.code, i.story]),
    ...partners.flatMap((p) => [p.name, ...(p.agreements ?? []).map((a: Row) => a.number)]),
    ...members.map((m) => m.email),
    "SWEEPB0A1B2C3D4E",
    eventB.name,
    "Pembeli Sweep Lapas B",
    "Penjualan uji keamanan lapas B",
    "Selisih uji keamanan lapas B",
  ]
  const idMarkers = [
    ...Object.entries(ids)
      .filter(([name]) => !neutral.includes(name as keyof ForeignIds))
      .map(([, value]) => value),
    ...Object.values(allIds).flat(),
  ]
  const markers = [...new Set([...idMarkers, ...strings].filter((s): s is string => typeof s === "string" && s.length >= 6))]

  const ownItem = productA.variants[0].inventory_items[0].inventory_item_id
  return {
    ids,
    lapasA: lapasA.id,
    allIds,
    markers,
    neutral,
    own: {
      product: productA.id,
      variant: productA.variants[0].id,
      variantTitle: productA.variants[0].title,
      inventoryItem: ownItem,
      stockLocation: locationA,
      order: shared.id,
    },
    shop: { publishableKey: seeded.publishableKey, regionId: seeded.regionId },
  }
}

/** The lapas B ids a request may not carry (every ForeignIds value but the neutral ones). */
export function foreignIdsOf(b: LapasB) {
  return Object.entries(b.ids)
    .filter(([name]) => !b.neutral.includes(name as keyof ForeignIds))
    .map(([, value]) => value)
}

/** Read models rebuilt from B's records by subscribers; their rows say nothing the sources do not. */
const DERIVED_TABLES = ["search_document"]

type Sql = (text: string, params?: unknown[]) => Promise<Row[]>

/**
 * A hash per part of lapas B's data: every row of every table with a lapas_id column that is
 * B's (custom modules and link tables), B's lapas row, B's products with their variants, images,
 * categories, prices and inventory (items, levels, reservations at B's location, variant links),
 * B's order and lines, fulfillments from B's location, B's payment. Soft deletes and updates
 * change the rows (deleted_at, updated_at), so any write to B changes a hash.
 */
export async function fingerprintOfB(sql: Sql, b: LapasB): Promise<Record<string, string>> {
  const hash = (rows: Row[]) => createHash("sha256").update(JSON.stringify(rows)).digest("hex").slice(0, 16)
  const rowsOf = (table: string, where: string, params: unknown[]) =>
    sql(`SELECT to_jsonb(t)::text AS row FROM "${table}" t WHERE ${where} ORDER BY 1`, params)
  const parts: Record<string, string> = {}
  const tables = await sql(
    `SELECT DISTINCT table_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND column_name = 'lapas_id' ORDER BY table_name`
  )
  for (const { table_name } of tables) {
    // The search index is derived from B's products (fingerprinted below) and rebuilt by events.
    if (DERIVED_TABLES.includes(table_name)) continue
    parts[table_name] = hash(await rowsOf(table_name, `lapas_id = ?`, [b.ids.lapas]))
  }
  const any = (ids: string[]) => (ids.length ? ids : ["-"])
  const products = any(b.allIds.product)
  const variants = any(b.allIds.variant)
  const priceSets = any(b.allIds.priceSet)
  const items = any(b.allIds.inventoryItem)
  const location = b.ids.stockLocation
  const inList = (ids: string[]) => ids.map(() => "?").join(", ")
  const fulfillments = (await sql(`SELECT id FROM fulfillment WHERE location_id = ?`, [location])).map((r) => r.id as string)
  const byTable: [string, string, unknown[]][] = [
    ["lapas", `id = ?`, [b.ids.lapas]],
    ["product", `id IN (${inList(products)})`, products],
    ["product_variant", `product_id IN (${inList(products)})`, products],
    ["image", `product_id IN (${inList(products)})`, products],
    ["product_category_product", `product_id IN (${inList(products)})`, products],
    ["product_variant_price_set", `variant_id IN (${inList(variants)})`, variants],
    ["price_set", `id IN (${inList(priceSets)})`, priceSets],
    ["price", `price_set_id IN (${inList(priceSets)})`, priceSets],
    ["product_variant_inventory_item", `variant_id IN (${inList(variants)}) OR inventory_item_id IN (${inList(items)})`, [...variants, ...items]],
    ["inventory_item", `id IN (${inList(items)})`, items],
    ["inventory_level", `location_id = ? OR inventory_item_id IN (${inList(items)})`, [location, ...items]],
    ["reservation_item", `location_id = ? OR inventory_item_id IN (${inList(items)})`, [location, ...items]],
    ["stock_location", `id IN (${inList([location, ...(b.allIds.eventStockLocation ?? [])])})`, [location, ...(b.allIds.eventStockLocation ?? [])]],
    ["order", `id IN (${inList([b.ids.order, ...(b.allIds.directSaleOrder ?? [])])})`, [b.ids.order, ...(b.allIds.directSaleOrder ?? [])]],
    ["order_line_item", `id IN (${inList(b.allIds.lineItem)})`, b.allIds.lineItem],
    ["order_item", `item_id IN (${inList(b.allIds.lineItem)})`, b.allIds.lineItem],
    ["fulfillment", `location_id = ?`, [location]],
    ["fulfillment_item", `fulfillment_id IN (${inList(any(fulfillments))})`, any(fulfillments)],
    ["payment", `id IN (${inList([b.ids.payment, ...(b.allIds.directSalePayment ?? [])])})`, [b.ids.payment, ...(b.allIds.directSalePayment ?? [])]],
    ["shipping_option", `id IN (${inList(any(b.allIds.shippingOption))})`, any(b.allIds.shippingOption)],
    ["shipping_option_rule", `shipping_option_id IN (${inList(any(b.allIds.shippingOption))})`, any(b.allIds.shippingOption)],
    ["production_batch_maker", `batch_id IN (${inList(any(b.allIds.productionBatch))})`, any(b.allIds.productionBatch)],
    ["lapas_partner_agreement", `partner_id IN (${inList(any(b.allIds.partner))})`, any(b.allIds.partner)],
  ]
  for (const [table, where, params] of byTable) {
    parts[table] = hash(await rowsOf(table, where, params))
  }
  return parts
}

/** The B markers a response carries, less those the request itself sent (e.g. "Product with id … was not found"). */
export function leakedMarkers(markers: string[], responseText: string, requestText: string) {
  return markers.filter((marker) => responseText.includes(marker) && !requestText.includes(marker))
}
