import type { PremiPayoutListResponse, PremiPayoutResponse } from "@karya-binaan/contracts"
import { rupiahToJson } from "@karya-binaan/shares"
import { MedusaError } from "@medusajs/framework/utils"
import { premiLapasById } from "../../../../lib/premi/lapas"
import { PREMI_MODULE } from "../../../../modules/premi"
import type PremiModuleService from "../../../../modules/premi/service"
import { PRODUCTION_MODULE } from "../../../../modules/production"
import type ProductionModuleService from "../../../../modules/production/service"
import { PROFIT_SHARE_MODULE } from "../../../../modules/profit-share"
import type ProfitShareModuleService from "../../../../modules/profit-share/service"
import { dayIn, startOfDayIn } from "../../../../modules/profit-share/reports/period"
import { FINANCE_AND_NATIONAL, lapasScopeOf, memberRoute } from "../../../utils/member-access"
import { requireInmateInScope } from "../../../utils/production-scope"
import type { CreatePremiPayout, ListPremiPayoutsQuery } from "./validators"

/** Payouts, newest first: finance's own lapas's; national members' of one lapas or all. */
export const GET = memberRoute<unknown, ListPremiPayoutsQuery>(FINANCE_AND_NATIONAL, async (req, res, member) => {
  const { limit, offset, lapas_id, inmate_id } = req.validatedQuery as ListPremiPayoutsQuery
  const lapasId = lapasScopeOf(member, lapas_id)
  if (inmate_id) await requireInmateInScope(req.scope, member, inmate_id)
  const filters: Record<string, unknown> = {}
  if (lapasId) filters.lapas_id = lapasId
  if (inmate_id) filters.inmate_id = inmate_id
  const premi: PremiModuleService = req.scope.resolve(PREMI_MODULE)
  const [payouts, count] = await premi.listAndCountPremiPayouts(filters, {
    take: limit,
    skip: offset,
    order: { paid_on: "DESC", created_at: "DESC" },
  })
  const production: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const inmateIds = [...new Set(payouts.map((p) => p.inmate_id))]
  const inmates = inmateIds.length
    ? await production.listInmates({ id: inmateIds }, { select: ["id", "code"] })
    : []
  const codes = new Map(inmates.map((i) => [i.id, i.code]))
  res.json({
    payouts: payouts.map((p) => ({
      id: p.id,
      lapas_id: p.lapas_id,
      inmate_id: p.inmate_id,
      inmate_code: codes.get(p.inmate_id) ?? null,
      amount: rupiahToJson((p as any).raw_amount ?? p.amount),
      paid_on: p.paid_on,
      method: p.method,
      note: p.note ?? null,
      created_at: new Date(p.created_at).toISOString(),
    })),
    count,
    limit,
    offset,
  } satisfies PremiPayoutListResponse)
})

/**
 * Records a premi payout to an inmate. Finance of the inmate's lapas or national members; an
 * inmate of another lapas answers 404. Refused (400, nothing written) when the amount is above
 * the outstanding balance, paid_on is in the future (in the lapas's zone) or falls in a month
 * finance has closed for the lapas.
 */
export const POST = memberRoute<CreatePremiPayout>(FINANCE_AND_NATIONAL, async (req, res, member) => {
  const body = req.validatedBody as CreatePremiPayout
  const inmate = await requireInmateInScope(req.scope, member, body.inmate_id)
  const lapas = (await premiLapasById(req.scope, [inmate.lapas_id])).get(inmate.lapas_id)
  const zone = lapas?.time_zone ?? "Asia/Jakarta"
  const today = dayIn(new Date(), zone)
  if (body.paid_on > today) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `paid_on ${body.paid_on} is in the future (today is ${today} in the lapas's time zone); record a payout once it is made.`
    )
  }
  const profitShare: ProfitShareModuleService = req.scope.resolve(PROFIT_SHARE_MODULE)
  try {
    await profitShare.assertOpenAt(inmate.lapas_id, startOfDayIn(body.paid_on, zone), "record the payout with a date in an open month")
  } catch (error) {
    // A closed month is bad input for a payout: 400 with the ledger's own message.
    if (error instanceof MedusaError && error.type === MedusaError.Types.NOT_ALLOWED) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message)
    }
    throw error
  }
  const premi: PremiModuleService = req.scope.resolve(PREMI_MODULE)
  const amount = BigInt(body.amount)
  const { id, outstanding_before } = await premi.recordPayout({
    lapas_id: inmate.lapas_id,
    inmate_id: inmate.id,
    amount,
    paid_on: body.paid_on,
    method: body.method,
    note: body.note ?? null,
    created_by: member.memberId,
  })
  const balance = (await premi.balances([inmate.id])).get(inmate.id)!
  res.status(201).json({
    payout: {
      id,
      lapas_id: inmate.lapas_id,
      inmate_id: inmate.id,
      inmate_code: inmate.code,
      amount: rupiahToJson(amount),
      paid_on: body.paid_on,
      method: body.method,
      note: body.note ?? null,
      outstanding_before: rupiahToJson(outstanding_before),
    },
    balance: { earned: rupiahToJson(balance.earned), paid: rupiahToJson(balance.paid), outstanding: rupiahToJson(balance.outstanding) },
  } satisfies PremiPayoutResponse)
})
