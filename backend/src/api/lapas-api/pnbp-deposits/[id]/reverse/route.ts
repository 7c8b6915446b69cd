import type { ErrorResponse, ReversePnbpDepositResponse } from "@karya-binaan/contracts"
import { pnbpDepositView } from "../../../../../lib/finance/views"
import { PROFIT_SHARE_MODULE } from "../../../../../modules/profit-share"
import { depositsWithReversals } from "../../../../../modules/profit-share/corrections"
import type ProfitShareModuleService from "../../../../../modules/profit-share/service"
import { reversePnbpDepositWorkflow } from "../../../../../workflows/profit-share/reverse-pnbp-deposit"
import { financeLapas } from "../../../../utils/finance-scope"
import { FINANCE_AND_NATIONAL, memberRoute, notInScope } from "../../../../utils/member-access"
import type { ReversePnbpDeposit } from "./validators"

/**
 * Corrects a mistyped deposit by reversing it (reversePnbpDepositWorkflow): a new deposit row
 * with the negated amount and the reason; both stay on record and the sums net it out. Then the
 * right deposit is recorded with POST /lapas-api/pnbp-deposits (the same NTPN may be recorded
 * again once). Refused: another lapas's deposit or none (404), a reversal or a deposit of a closed
 * month (400), a deposit reversed already (409).
 */
export const POST = memberRoute<ReversePnbpDeposit>(FINANCE_AND_NATIONAL, async (req, res, member) => {
  const depositId = req.params.id
  const body = req.validatedBody as ReversePnbpDeposit
  const profitShare: ProfitShareModuleService = req.scope.resolve(PROFIT_SHARE_MODULE)
  const found = (await depositsWithReversals(profitShare, [depositId])).get(depositId)
  if (!found || (member.role !== "national" && found.deposit.lapas_id !== member.lapasId)) {
    throw notInScope("PNBP deposit", depositId)
  }
  const lapas = (await financeLapas(req.scope, member, found.deposit.lapas_id))!
  const { result } = await reversePnbpDepositWorkflow(req.scope).run({
    input: {
      deposit_id: depositId,
      lapas_id: lapas.id,
      time_zone: lapas.time_zone,
      reason: body.reason,
      created_by: member.memberId,
    },
  })
  if (result.conflict) {
    res.status(409).json({
      type: "conflict",
      message: `Deposit ${depositId} (NTPN ${found.deposit.ntpn}) is already reversed (${result.conflict.id}, ${new Date(result.conflict.created_at).toISOString()}); a deposit is reversed once. Record the right deposit instead.`,
    } satisfies ErrorResponse<"conflict">)
    return
  }
  res.status(201).json({
    reversal: pnbpDepositView(result.reversal!),
    pnbp_deposit: pnbpDepositView(result.deposit, result.reversal),
  } satisfies ReversePnbpDepositResponse)
})
