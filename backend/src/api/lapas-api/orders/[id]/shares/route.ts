import type { OrderShares } from "@karya-binaan/contracts"
import { orderSharesView } from "../../../../../lib/finance/order-shares"
import { ownLapasOf, requireOrderInScope } from "../../../../utils/finance-scope"
import { FINANCE_AND_NATIONAL, memberRoute } from "../../../../utils/member-access"

/**
 * The shares booked for an order, net of refunds and corrections, per line and in total, with the
 * ledger entries behind them. Finance see only their lapas's lines (404 for an order holding none);
 * national members every line. An order not captured yet shows no lines.
 */
export const GET = memberRoute(FINANCE_AND_NATIONAL, async (req, res, member) => {
  const orderId = req.params.id
  const lines = await requireOrderInScope(req.scope, member, orderId)
  res.json((await orderSharesView(req.scope, orderId, lines, ownLapasOf(member))) satisfies OrderShares)
})
