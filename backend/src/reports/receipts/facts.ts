/**
 * What a direct sale's receipt shows, read once for the PDF, the buyer's public page and the
 * e-mail: the sale as recorded (lines, amounts, payment), its lapas (name, city, zone), its venue
 * and its order's number. The public view leaves out what a printed receipt does not carry: the
 * cashier's id, the buyer's contact, the order's and the sale's ids.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  LAPAS_TIME_ZONES,
  type LapasTimeZone,
  type PublicReceipt,
  type VenueKind,
} from "@karya-binaan/contracts"
import { rupiahToJson, toRupiahBigInt } from "@karya-binaan/shares"
import type { DirectSaleRecord } from "../../lib/direct-sales/views"
import { receiptPath } from "../../lib/direct-sales/views"
import { DIRECT_SALE_MODULE } from "../../modules/direct-sale"
import type DirectSaleModuleService from "../../modules/direct-sale/service"
import { LAPAS_MODULE } from "../../modules/lapas"
import type LapasModuleService from "../../modules/lapas/service"

export const DEFAULT_STOREFRONT_URL = "http://localhost:8000"

/** The storefront's origin for links in receipts (STOREFRONT_URL, default http://localhost:8000). */
export function storefrontUrl(env: NodeJS.ProcessEnv = process.env) {
  return (env.STOREFRONT_URL || DEFAULT_STOREFRONT_URL).replace(/\/+$/, "")
}

/** The buyer's receipt page: `<storefront>/struk/<token>`. */
export function receiptUrl(token: string, base = storefrontUrl()) {
  return `${base}${receiptPath(token)}`
}

export interface ReceiptFacts {
  receipt: PublicReceipt
  /** The buyer's page of this receipt (the QR code and the e-mail link point here). */
  url: string
}

const money = (value: unknown) => rupiahToJson(toRupiahBigInt(value as any))
const zoneOf = (zone: unknown): LapasTimeZone =>
  (LAPAS_TIME_ZONES as readonly string[]).includes(String(zone)) ? (zone as LapasTimeZone) : "Asia/Jakarta"

/** The receipt of a recorded sale (with an order): lapas, venue and order number read in three reads. */
export async function receiptFacts(scope: MedusaContainer, sale: DirectSaleRecord): Promise<ReceiptFacts> {
  const directSales: DirectSaleModuleService = scope.resolve(DIRECT_SALE_MODULE)
  const lapasService: LapasModuleService = scope.resolve(LAPAS_MODULE)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [[venue], [lapas], orders] = await Promise.all([
    directSales.listVenues({ id: sale.venue_id }, { withDeleted: true } as any) as Promise<any[]>,
    lapasService.listLapas({ id: sale.lapas_id }, { select: ["id", "name", "city", "time_zone"] }) as Promise<any[]>,
    sale.order_id
      ? query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: sale.order_id } }).then((r) => r.data as any[])
      : Promise.resolve([] as any[]),
  ])
  const receipt: PublicReceipt = {
    lapas: { name: lapas?.name ?? "", city: lapas?.city ?? "", time_zone: zoneOf(lapas?.time_zone) },
    venue: { name: venue?.name ?? "", kind: (venue?.kind ?? "showroom") as VenueKind },
    number: orders[0]?.display_id == null ? null : Number(orders[0].display_id),
    sold_at: new Date(sale.sold_at).toISOString(),
    lines: (sale.lines ?? []).map((line) => ({
      title: line.title,
      variant_title: line.variant_title,
      quantity: line.quantity,
      unit_price: money(line.unit_price),
      subtotal: money(line.subtotal),
      is_service: !!line.is_service,
    })),
    subtotal: money(sale.subtotal),
    discount: money(sale.discount),
    total: money(sale.total),
    payment_method: sale.payment_method,
    tendered: sale.tendered == null ? null : money(sale.tendered),
    change: sale.change == null ? null : money(sale.change),
    cashier_name: sale.cashier_name?.trim() || null,
    status: sale.voided_at ? "voided" : "completed",
    voided_at: sale.voided_at ? new Date(sale.voided_at).toISOString() : null,
  }
  return { receipt, url: receiptUrl(sale.receipt_token) }
}

/** The recorded sale behind a receipt token; 404 with a message for an unknown token. */
export async function saleOfReceiptToken(scope: MedusaContainer, token: string): Promise<DirectSaleRecord> {
  const unknown = () =>
    new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "Struk tidak ditemukan. Periksa kembali tautan dari kasir atau pindai ulang kode QR pada struk."
    )
  // Tokens are long random strings; anything else is not worth a query.
  if (!/^[A-Za-z0-9_-]{16,128}$/.test(token)) throw unknown()
  const service: DirectSaleModuleService = scope.resolve(DIRECT_SALE_MODULE)
  const [sale] = (await service.listDirectSales({ receipt_token: token, order_id: { $ne: null } })) as unknown as DirectSaleRecord[]
  if (!sale) throw unknown()
  return sale
}
