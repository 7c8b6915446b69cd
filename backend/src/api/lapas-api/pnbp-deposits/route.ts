import type { ErrorResponse, PnbpDepositListResponse, PnbpDepositResponse } from "@karya-binaan/contracts"
import { pnbpDepositView } from "../../../lib/finance/views"
import { PROFIT_SHARE_MODULE } from "../../../modules/profit-share"
import { depositsWithReversals } from "../../../modules/profit-share/corrections"
import type ProfitShareModuleService from "../../../modules/profit-share/service"
import { recordPnbpDepositWorkflow } from "../../../workflows/profit-share/record-pnbp-deposit"
import { financeLapas } from "../../utils/finance-scope"
import { FINANCE_AND_NATIONAL, memberRoute } from "../../utils/member-access"
import type { CreatePnbpDeposit, ListPnbpDeposits } from "./validators"

/**
 * Records a PNBP deposit (SIMPONI billing paid, NTPN on the receipt) for the caller's lapas (a
 * national member names it) and the period of PNBP it pays for. Refused: another lapas (404), a
 * deposit day in the future in the lapas's zone or a period touching a closed month (400), an
 * NTPN on record already (409). An NTPN whose deposit was reversed (POST …/:id/reverse) may be
 * recorded once more: the new deposit names the reversed one (`replaces_id`).
 */
export const POST = memberRoute<CreatePnbpDeposit>(FINANCE_AND_NATIONAL, async (req, res, member) => {
  const body = req.validatedBody as CreatePnbpDeposit
  const lapas = (await financeLapas(req.scope, member, body.lapas_id))!
  const { result } = await recordPnbpDepositWorkflow(req.scope).run({
    input: {
      lapas_id: lapas.id,
      time_zone: lapas.time_zone,
      period_from: body.period_from,
      period_to: body.period_to,
      billing_code: body.billing_code,
      ntpn: body.ntpn,
      amount: body.amount,
      deposited_on: body.deposited_on,
      note: body.note?.trim() || null,
      created_by: member.memberId,
    },
  })
  if (result.conflict) {
    const own = member.role === "national" || result.conflict.lapas_id === member.lapasId
    res.status(409).json({
      type: "conflict",
      message: own
        ? `NTPN ${body.ntpn} is already recorded (deposit ${result.conflict.id} of ${result.conflict.deposited_on}); each NTPN proves one deposit. Check the receipt.`
        : `NTPN ${body.ntpn} is already recorded for another deposit; each NTPN proves one deposit. Check the receipt.`,
    } satisfies ErrorResponse<"conflict">)
    return
  }
  res.status(201).json({ pnbp_deposit: pnbpDepositView(result.deposit!) } satisfies PnbpDepositResponse)
})

/**
 * Deposits, newest deposit day first: finance their own lapas's; national every lapas's or
 * `lapas_id`'s. from/to select by the period the deposit pays for (its last day). Reversals are
 * listed too (negative amount, `reverses_id`, `reason`); a reversed deposit carries `reversed_by`.
 */
export const GET = memberRoute<unknown, ListPnbpDeposits>(FINANCE_AND_NATIONAL, async (req, res, member) => {
  const query = req.validatedQuery as unknown as ListPnbpDeposits
  const lapas = await financeLapas(req.scope, member, query.lapas_id, true)
  const filters: Record<string, unknown> = {}
  if (lapas) filters.lapas_id = lapas.id
  if (query.from || query.to) {
    filters.period_to = { ...(query.from ? { $gte: query.from } : {}), ...(query.to ? { $lte: query.to } : {}) }
  }
  const profitShare: ProfitShareModuleService = req.scope.resolve(PROFIT_SHARE_MODULE)
  const [deposits, count] = await profitShare.listAndCountPnbpDeposits(filters as any, {
    take: query.limit,
    skip: query.offset,
    order: { deposited_on: "DESC", created_at: "DESC", id: "DESC" },
  })
  const reversals = await depositsWithReversals(
    profitShare,
    deposits.map((d: any) => d.id as string)
  )
  res.json({
    pnbp_deposits: deposits.map((d: any) => pnbpDepositView(d, reversals.get(d.id)?.reversal)),
    count,
    limit: query.limit,
    offset: query.offset,
  } satisfies PnbpDepositListResponse)
})
