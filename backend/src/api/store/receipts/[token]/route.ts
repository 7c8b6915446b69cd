import type { PublicReceiptResponse } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { receiptFacts, saleOfReceiptToken } from "../../../../reports/receipts/facts"
import { EmptyQuerySchema, parseStoreQuery } from "../../catalog/validators"

/**
 * GET /store/receipts/:token: the buyer's receipt of a direct sale, by the unguessable token of
 * its link (/struk/<token>). What the paper receipt shows, no more: no cashier id, no buyer
 * contact, no order or sale ids. Unknown token: 404. Never cached by a shared cache.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "private, no-store")
  parseStoreQuery(req, EmptyQuerySchema)
  const sale = await saleOfReceiptToken(req.scope, req.params.token)
  const { receipt } = await receiptFacts(req.scope, sale)
  res.json({ receipt } satisfies PublicReceiptResponse)
}
