/**
 * Services (jasa) a lapas sells: car wash, barbershop, tailoring, laundry, screen printing,
 * workshop repairs. A service is a Medusa product whose product type value is
 * SERVICE_PRODUCT_TYPE ("jasa", direct-sales.ts): its variants track no stock and have no weight or
 * size; its HPP is recorded as a "batch layanan" (a production batch whose quantity is the number
 * of services it covers, unit cost = materials + labour per service, the inmates who do the work as
 * makers) so the premi of every sale reaches them. Online a published service is sold as a voucher
 * redeemed at the lapas (the lapas's free "Ambil di …" pickup option).
 */

/** What a catalogue product is: goods (barang, with stock) or a service (jasa, without). */
export const PRODUCT_KINDS = ["goods", "service"] as const
export type ProductKind = (typeof PRODUCT_KINDS)[number]

export const PRODUCT_KIND_LABELS: Record<ProductKind, { id: string; en: string }> = {
  goods: { id: "Barang", en: "Goods" },
  service: { id: "Jasa", en: "Service" },
}

/** The label of the Medusa product type whose value is SERVICE_PRODUCT_TYPE. */
export const SERVICE_PRODUCT_TYPE_LABEL = "Jasa"

/**
 * The unit cost (HPP per service) of a batch layanan from its two parts, whole rupiah; both parts
 * are kept on the batch (`material_cost`, `labour_cost`).
 */
export function serviceUnitCost(parts: { material_cost: number; labour_cost: number }): number {
  return parts.material_cost + parts.labour_cost
}
