import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { receiptFacts, saleOfReceiptToken } from "../../../../../reports/receipts/facts"
import { receiptFileName, receiptPdf } from "../../../../../reports/receipts/pdf"
import { ReceiptQuerySchema } from "../../../../lapas-api/direct-sales/[id]/receipt/validators"
import { parseStoreQuery } from "../../../catalog/validators"

/** GET /store/receipts/:token/pdf?format=thermal|a4: the buyer's receipt as the till prints it. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "private, no-store")
  const { format } = parseStoreQuery(req, ReceiptQuerySchema)
  const sale = await saleOfReceiptToken(req.scope, req.params.token)
  const { receipt, url } = await receiptFacts(req.scope, sale)
  const pdf = await receiptPdf(format, receipt, url)
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `inline; filename="${receiptFileName(receipt, format)}"`)
  res.setHeader("Content-Length", String(pdf.length))
  res.status(200).end(pdf)
}
