import type { LedgerAccount, ShareCorrectionResponse } from "@karya-binaan/contracts"
import { rupiahToJson } from "@karya-binaan/shares"
import { orderSharesView } from "../../../../../../lib/finance/order-shares"
import { correctLineSharesWorkflow } from "../../../../../../workflows/profit-share/correct-line-shares"
import { ownLapasOf, requireOrderInScope } from "../../../../../utils/finance-scope"
import { FINANCE_AND_NATIONAL, memberRoute, notInScope } from "../../../../../utils/member-access"
import type { CreateShareCorrection } from "./validators"

/**
 * Corrects the HPP of one booked line (see correctLineSharesWorkflow): books the difference as
 * `correction` entries and answers the order's shares as GET …/shares shows them afterwards, with
 * `correction` describing what was booked. The order and the line must be the caller's lapas's
 * (national: exist), checked before anything is written; 404 otherwise. The same idempotency_key
 * books once; without one, a key is made and returned. A closed month is never written: the
 * correction is dated now.
 */
export const POST = memberRoute<CreateShareCorrection>(FINANCE_AND_NATIONAL, async (req, res, member) => {
  const orderId = req.params.id
  const body = req.validatedBody as CreateShareCorrection
  const lines = await requireOrderInScope(req.scope, member, orderId)
  const line = lines.find((l) => l.id === body.line_item_id)
  if (!line || (member.role !== "national" && line.lapas_id !== member.lapasId)) {
    throw notInScope("Order line", body.line_item_id)
  }

  const { result } = await correctLineSharesWorkflow(req.scope).run({
    input: {
      order_id: orderId,
      line_item_id: line.id,
      unit_cost: body.unit_cost,
      reason: body.reason,
      idempotency_key: body.idempotency_key,
      created_by: member.memberId,
    },
  })
  res.json({
    ...(await orderSharesView(req.scope, orderId, lines, ownLapasOf(member))),
    correction: {
      idempotency_key: result.idempotency_key,
      line_item_id: result.line_item_id,
      unit_cost: rupiahToJson(BigInt(result.unit_cost)),
      reason: result.reason,
      replayed: result.replayed,
      // The workflow books only the ledger accounts; its result types them as strings.
      entries: result.entries.map((e) => ({ account: e.account as LedgerAccount, amount: rupiahToJson(BigInt(e.amount)) })),
    },
  } satisfies ShareCorrectionResponse)
})
