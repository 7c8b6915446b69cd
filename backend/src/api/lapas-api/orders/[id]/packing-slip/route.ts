import { packingSlipPdf } from "../../../../../reports/orders/documents"
import { memberRoute, STAFF_AND_NATIONAL } from "../../../../utils/member-access"
import { documentFacts, sendPdf } from "../documents"
import type { OrderDocumentQuery } from "./validators"

/** The packing slip (A5, no prices: see reports/orders/documents.ts) of the member's part of the order, as a PDF. */
export const GET = memberRoute<unknown, OrderDocumentQuery>(STAFF_AND_NATIONAL, async (req, res, member) => {
  const { lapas_id } = req.validatedQuery as unknown as OrderDocumentQuery
  const { part, lapas } = await documentFacts(req.scope, member, req.params.id, lapas_id)
  const pdf = await packingSlipPdf(part, lapas, new Date())
  sendPdf(res, pdf, `daftar-isi-${part.display_id}.pdf`)
})
