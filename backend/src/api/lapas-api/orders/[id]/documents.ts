import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { z } from "@medusajs/framework/zod"
import { detailedParts } from "../../../../lib/order-parts/lapas-orders"
import { loadLapasRows } from "../../../../lib/lapas/links"
import type { OrderPartDetail } from "@karya-binaan/contracts"
import type { SenderLapas } from "../../../../reports/orders/documents"
import type { MemberAccess } from "../../../utils/member-access"
import { partToActOn } from "../scope"
import { lapasIdParam } from "../validators"

/** The query of the packing slip and the shipping label: national members name the lapas of a multi-lapas order. */
export const OrderDocumentQuerySchema = z.object({ lapas_id: lapasIdParam.optional() }).strict()
export type OrderDocumentQuery = z.infer<typeof OrderDocumentQuerySchema>

/** The member's part of the order with the buyer's address, and the sending lapas, for a document. */
export async function documentFacts(
  scope: MedusaContainer,
  member: MemberAccess,
  orderId: string,
  lapasId?: string
): Promise<{ part: OrderPartDetail; lapas: SenderLapas }> {
  const { part } = await partToActOn(scope, member, orderId, lapasId)
  const [detail] = await detailedParts(scope, [part])
  const row = (await loadLapasRows(scope, [part.lapas.id])).get(part.lapas.id)
  return {
    part: detail,
    lapas: {
      name: row?.name ?? part.lapas.name,
      address: row?.address ?? null,
      city: row?.city ?? null,
      province: row?.province ?? null,
      contact_phone: row?.contact_phone ?? null,
      time_zone: row?.time_zone ?? part.lapas.time_zone,
    },
  }
}

/** Sends a PDF inline (the panel proxies it as a download). */
export function sendPdf(res: MedusaResponse, pdf: Buffer, fileName: string) {
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `inline; filename="${fileName}"`)
  res.setHeader("Content-Length", String(pdf.length))
  res.setHeader("Cache-Control", "private, no-store")
  res.status(200).end(pdf)
}
