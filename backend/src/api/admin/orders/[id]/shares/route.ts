import type { OrderShares } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resolveAdminAccess } from "../../../../utils/access"
import { orderSharesView } from "./view"

/**
 * The shares booked for an order, net of refunds and corrections: per line and in total, with
 * the ledger entries behind them. Finance of a lapas sees only their lapas's lines (the guard
 * has already refused orders holding none of them). An order not captured yet shows no lines.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json(await orderSharesView(req, req.params.id, await resolveAdminAccess(req)) satisfies OrderShares)
}
