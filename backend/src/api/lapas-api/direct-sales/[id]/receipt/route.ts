import { receiptFacts } from "../../../../../reports/receipts/facts"
import { receiptFileName, receiptPdf } from "../../../../../reports/receipts/pdf"
import { ALL_MEMBERS, memberRoute } from "../../../../utils/member-access"
import { parseQuery } from "../../../../utils/validation"
import { sendPdf } from "../../../orders/[id]/documents"
import { requireDirectSaleInScope } from "../../scope"
import { ReceiptQuerySchema } from "./validators"

/**
 * The sale's receipt as a PDF, `?format=thermal` (58 mm roll, the default) or `a4`, for every
 * member of the sale's lapas (another lapas's sale reads as unknown: 404). Inline, so the panel
 * can show it or hand it to the printer.
 */
export const GET = memberRoute(ALL_MEMBERS, async (req, res, member) => {
  const sale = await requireDirectSaleInScope(req.scope, member, req.params.id)
  const { format } = parseQuery(req, ReceiptQuerySchema)
  const { receipt, url } = await receiptFacts(req.scope, sale)
  sendPdf(res, await receiptPdf(format, receipt, url), receiptFileName(receipt, format))
})
