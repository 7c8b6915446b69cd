import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { DirectSale, DirectSaleLine, DirectSaleStockWarning, DirectPaymentMethod } from "@karya-binaan/contracts"
import { rupiahToJson, toRupiahBigInt } from "@karya-binaan/shares"
import { DIRECT_SALE_MODULE } from "../../modules/direct-sale"
import type DirectSaleModuleService from "../../modules/direct-sale/service"
import type { VenueRecord } from "./venues"

export type DirectSaleRecord = {
  id: string
  client_id: string
  lapas_id: string
  venue_id: string
  order_id: string | null
  cashier_id: string
  cashier_name: string
  payment_method: DirectPaymentMethod
  subtotal: unknown
  discount: unknown
  total: unknown
  tendered: unknown | null
  change: unknown | null
  sold_at: Date | string
  business_date: string
  lines: DirectSaleLine[]
  stock_warnings: DirectSaleStockWarning[]
  buyer: DirectSale["buyer"]
  note: string | null
  receipt_token: string
  stock_settled_at?: Date | string | null
  stock_settle_note?: string | null
  voided_at: Date | string | null
  void_reason: string | null
  created_at: Date | string
}

const money = (value: unknown) => rupiahToJson(toRupiahBigInt(value as any))
const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null)

export function receiptPath(token: string) {
  return `/struk/${token}`
}

export function directSaleView(
  sale: DirectSaleRecord,
  venue: Pick<VenueRecord, "id" | "kind" | "name">,
  displayId: number | null
): DirectSale {
  return {
    id: sale.id,
    client_id: sale.client_id,
    lapas_id: sale.lapas_id,
    venue: { id: venue.id, kind: venue.kind, name: venue.name },
    order_id: sale.order_id,
    display_id: displayId,
    cashier: { id: sale.cashier_id, name: sale.cashier_name },
    lines: sale.lines ?? [],
    subtotal: money(sale.subtotal),
    discount: money(sale.discount),
    total: money(sale.total),
    payment_method: sale.payment_method,
    tendered: sale.tendered == null ? null : money(sale.tendered),
    change: sale.change == null ? null : money(sale.change),
    sold_at: iso(sale.sold_at)!,
    recorded_at: iso(sale.created_at)!,
    business_date: sale.business_date,
    stock_warnings: sale.stock_warnings ?? [],
    stock_settled_at: iso(sale.stock_settled_at ?? null),
    stock_settle_note: sale.stock_settle_note ?? null,
    buyer: sale.buyer ?? null,
    note: sale.note,
    status: sale.voided_at ? "voided" : "completed",
    voided_at: iso(sale.voided_at),
    void_reason: sale.void_reason,
    receipt_path: receiptPath(sale.receipt_token),
  }
}

/** Views of sale records, with their venues and their orders' display numbers loaded in two reads. */
export async function directSaleViews(scope: MedusaContainer, sales: DirectSaleRecord[]): Promise<DirectSale[]> {
  if (!sales.length) return []
  const service: DirectSaleModuleService = scope.resolve(DIRECT_SALE_MODULE)
  const venueIds = [...new Set(sales.map((s) => s.venue_id))]
  const venues = (await service.listVenues({ id: venueIds }, { take: null as any })) as unknown as VenueRecord[]
  const venueOf = new Map(venues.map((v) => [v.id, v]))
  const orderIds = sales.flatMap((s) => (s.order_id ? [s.order_id] : []))
  const displayOf = new Map<string, number>()
  if (orderIds.length) {
    const query = scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds } })
    for (const o of data as unknown as { id: string; display_id: number }[]) displayOf.set(o.id, Number(o.display_id))
  }
  return sales.map((sale) =>
    directSaleView(
      sale,
      venueOf.get(sale.venue_id) ?? { id: sale.venue_id, kind: "showroom", name: "?" },
      sale.order_id ? displayOf.get(sale.order_id) ?? null : null
    )
  )
}
