import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import {
  SERVICE_PRODUCT_TYPE,
  type DirectPaymentMethod,
  type DirectSaleLine,
  type DirectSaleStockWarning,
  type RecordDirectSaleRequest,
  type VenueKind,
} from "@karya-binaan/contracts"
import { allocateByWeights, rupiahToJson, toRupiahBigInt } from "@karya-binaan/shares"
import { dayIn } from "../../modules/profit-share/reports/period"
import { lapasOfVariants, RUPIAH } from "../catalog/lapas-catalog"
import { lapasTimeZone, requireVenueOfLapas, tillRegionId, venueLocationOf } from "./venues"

/** How far back a device may date a sale it kept offline, and how far ahead its clock may run. */
export const OFFLINE_SALE_MAX_AGE_DAYS = 60
export const CLOCK_SKEW_MS = 10 * 60 * 1000

/** One line as the workflow writes it: the order line, the stock to take and the receipt line. */
export interface PlannedLine {
  variant_id: string
  product_id: string
  title: string
  product_title: string
  variant_title: string | null
  sku: string | null
  thumbnail: string | null
  product_type: string | null
  product_type_id: string | null
  quantity: number
  /** Whole rupiah, as strings (step results are JSON). */
  unit_price: string
  subtotal: string
  /** This line's part of the sale's discount. */
  discount: string
  is_service: boolean
  /** Null when the variant does not track stock (services, made to order). */
  inventory_item_id: string | null
}

export interface DirectSalePlan {
  client_id: string
  lapas_id: string
  venue: { id: string; kind: VenueKind; name: string }
  location_id: string
  region_id: string
  cashier: { id: string; name: string }
  payment_method: DirectPaymentMethod
  lines: PlannedLine[]
  subtotal: string
  discount: string
  total: string
  tendered: string | null
  change: string | null
  sold_at: string
  business_date: string
  buyer: RecordDirectSaleRequest["buyer"] | null
  note: string | null
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Reads and checks everything a direct sale needs before anything is written: the venue is the
 * lapas's and open, every variant is the lapas's and has a rupiah price, the discount is within
 * the venue's limit, cash covers the total, the sale's date is plausible. Throws a 4xx naming
 * the field; writes nothing.
 */
export async function planDirectSale(
  scope: MedusaContainer,
  input: {
    lapas_id: string
    cashier: { id: string; name: string }
    sale: Omit<RecordDirectSaleRequest, "discount"> & { discount: number }
    now?: Date
  }
): Promise<DirectSalePlan> {
  const { sale, lapas_id } = input
  const now = input.now ?? new Date()
  const venue = await requireVenueOfLapas(scope, lapas_id, sale.venue_id)
  const soldAt = new Date(sale.sold_at)
  if (venue.closed_at && new Date(venue.closed_at) <= soldAt) {
    throw invalid(`The venue "${venue.name}" is closed; choose an open venue (venue_id).`)
  }
  if (soldAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw invalid("sold_at lies in the future; check the device's clock.")
  }
  if (now.getTime() - soldAt.getTime() > OFFLINE_SALE_MAX_AGE_DAYS * 24 * 60 * 60 * 1000) {
    throw invalid(`sold_at is more than ${OFFLINE_SALE_MAX_AGE_DAYS} days ago; record such a sale with finance as a correction.`)
  }

  const variantIds = sale.lines.map((l) => l.variant_id)
  const lapasOf = await lapasOfVariants(scope, variantIds)
  const foreign = sale.lines.findIndex((l) => lapasOf.get(l.variant_id) !== lapas_id)
  if (foreign >= 0) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Variant of lines[${foreign}] (variant_id) was not found among your lapas's variants; nothing was sold.`
    )
  }

  const regionId = await tillRegionId(scope)

  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "title",
      "sku",
      "manage_inventory",
      "product_id",
      "product.title",
      "product.thumbnail",
      "product.type_id",
      "product.type.value",
      "inventory_items.inventory_item_id",
      "calculated_price.calculated_amount",
    ],
    filters: { id: variantIds },
    context: { calculated_price: QueryContext({ region_id: regionId, currency_code: RUPIAH }) },
  })
  const variantOf = new Map((variants as any[]).map((v) => [v.id, v]))

  const venueLocation = await venueLocationOf(scope, venue)

  const prepared = sale.lines.map((line, index) => {
    const variant = variantOf.get(line.variant_id)
    const amount = variant?.calculated_price?.calculated_amount
    if (amount === undefined || amount === null) {
      throw invalid(`The variant of lines[${index}] has no rupiah price; set its price in Katalog first.`)
    }
    const unitPrice = toRupiahBigInt(amount, { round: true })
    const typeValue: string | null = variant.product?.type?.value ?? null
    return {
      variant,
      line,
      unitPrice,
      subtotal: unitPrice * BigInt(line.quantity),
      isService: typeValue === SERVICE_PRODUCT_TYPE,
      typeValue,
    }
  })
  const subtotal = prepared.reduce((sum, p) => sum + p.subtotal, 0n)
  const discount = BigInt(sale.discount)
  const maxDiscount = (subtotal * BigInt(venue.max_discount_bp ?? 0)) / 10_000n
  if (discount > maxDiscount) {
    throw invalid(
      maxDiscount === 0n
        ? `No discount may be given at "${venue.name}"; set discount to 0.`
        : `The discount is at most Rp ${maxDiscount.toLocaleString("id-ID")} at "${venue.name}" (${Number(venue.max_discount_bp) / 100} % of the sale).`
    )
  }
  const total = subtotal - discount
  const lineDiscounts = discount > 0n ? allocateByWeights(discount, prepared.map((p) => p.subtotal)) : prepared.map(() => 0n)

  let tendered: bigint | null = null
  let change: bigint | null = null
  if (sale.payment_method === "cash") {
    tendered = BigInt(sale.tendered ?? 0)
    if (tendered < total) {
      throw invalid(`The cash handed over (tendered) is less than the total of Rp ${total.toLocaleString("id-ID")}.`)
    }
    change = tendered - total
  }

  const zone = await lapasTimeZone(scope, lapas_id)

  return {
    client_id: sale.client_id,
    lapas_id,
    venue: { id: venue.id, kind: venue.kind, name: venue.name },
    location_id: venueLocation,
    region_id: regionId,
    cashier: input.cashier,
    payment_method: sale.payment_method,
    lines: prepared.map((p, index) => ({
      variant_id: p.variant.id,
      product_id: p.variant.product_id,
      title: p.variant.product?.title ?? p.variant.title,
      product_title: p.variant.product?.title ?? p.variant.title,
      variant_title: p.variant.title ?? null,
      sku: p.variant.sku ?? null,
      thumbnail: p.variant.product?.thumbnail ?? null,
      product_type: p.typeValue,
      product_type_id: p.variant.product?.type_id ?? null,
      quantity: p.line.quantity,
      unit_price: p.unitPrice.toString(),
      subtotal: p.subtotal.toString(),
      discount: lineDiscounts[index].toString(),
      is_service: p.isService,
      inventory_item_id:
        p.variant.manage_inventory && !p.isService ? p.variant.inventory_items?.[0]?.inventory_item_id ?? null : null,
    })),
    subtotal: subtotal.toString(),
    discount: discount.toString(),
    total: total.toString(),
    tendered: tendered?.toString() ?? null,
    change: change?.toString() ?? null,
    sold_at: soldAt.toISOString(),
    business_date: dayIn(soldAt, zone),
    buyer: sale.buyer ?? null,
    note: sale.note ?? null,
  }
}

/** The receipt's lines, as the sale record keeps them. */
export function receiptLines(plan: DirectSalePlan): DirectSaleLine[] {
  return plan.lines.map((line) => ({
    variant_id: line.variant_id,
    product_id: line.product_id,
    title: line.title,
    variant_title: line.variant_title,
    sku: line.sku,
    quantity: line.quantity,
    unit_price: rupiahToJson(BigInt(line.unit_price)),
    subtotal: rupiahToJson(BigInt(line.subtotal)),
    is_service: line.is_service,
  }))
}

export type { DirectSaleStockWarning }
