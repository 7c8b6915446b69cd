import type { LedgerResponse } from "@karya-binaan/contracts"
import { listLedger } from "../../../lib/finance/ledger"
import { financeLapas, requireOrderInScope } from "../../utils/finance-scope"
import { FINANCE_AND_NATIONAL, memberRoute } from "../../utils/member-access"
import type { LedgerQuery } from "./validators"

/**
 * Ledger entries by accounting date, newest first, with the totals per account of everything that
 * matches. Finance: their own lapas's; national: every lapas's or `lapas_id`'s. `from`/`to` days
 * are in the lapas's zone (WIB for every lapas). An `order_id` must be an order of the caller's
 * lapas (404 otherwise).
 */
export const GET = memberRoute<unknown, LedgerQuery>(FINANCE_AND_NATIONAL, async (req, res, member) => {
  const query = req.validatedQuery as unknown as LedgerQuery
  const lapas = await financeLapas(req.scope, member, query.lapas_id, true)
  if (query.order_id) await requireOrderInScope(req.scope, member, query.order_id)
  const ledger = await listLedger(req.scope, {
    lapas_id: lapas?.id ?? null,
    time_zone: lapas?.time_zone ?? "Asia/Jakarta",
    order_id: query.order_id,
    account: query.account,
    kind: query.kind,
    channel: query.channel,
    line_kind: query.line_kind,
    from: query.from,
    to: query.to,
    limit: query.limit,
    offset: query.offset,
  })
  res.json(ledger satisfies LedgerResponse)
})
