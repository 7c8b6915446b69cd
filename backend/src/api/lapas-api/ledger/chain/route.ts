import type { LedgerChainResponse } from "@karya-binaan/contracts"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { verifyLedgerChains } from "../../../../lib/finance/ledger-chain"
import type { Database } from "../../../../lib/sql"
import { financeLapas } from "../../../utils/finance-scope"
import { FINANCE_AND_NATIONAL, memberRoute } from "../../../utils/member-access"
import type { LedgerChainQueryInput } from "./validators"

/**
 * The hash chains over the ledger, the PNBP deposits and the closed periods, verified now: per
 * table and lapas the rows checked, the head (seq and hash) and the first broken row. Finance:
 * their own lapas's chains; national: every lapas's, or `lapas_id`'s.
 */
export const GET = memberRoute<unknown, LedgerChainQueryInput>(FINANCE_AND_NATIONAL, async (req, res, member) => {
  const query = req.validatedQuery as unknown as LedgerChainQueryInput
  const lapas = await financeLapas(req.scope, member, query.lapas_id, true)
  const db = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Database
  const result = await verifyLedgerChains(db, lapas?.id)
  res.json(result satisfies LedgerChainResponse)
})
