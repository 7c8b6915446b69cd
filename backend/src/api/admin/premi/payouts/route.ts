import type { PremiPayoutResponse } from "@karya-binaan/contracts"
import { rupiahToJson } from "@karya-binaan/shares"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PREMI_MODULE } from "../../../../modules/premi"
import type PremiModuleService from "../../../../modules/premi/service"
import { PRODUCTION_MODULE } from "../../../../modules/production"
import type ProductionModuleService from "../../../../modules/production/service"
import { PROFIT_SHARE_MODULE } from "../../../../modules/profit-share"
import type ProfitShareModuleService from "../../../../modules/profit-share/service"
import { dayIn, startOfDayIn } from "../../../../modules/profit-share/reports/period"
import { notFound, resolveAdminAccess } from "../../../utils/access"
import type { CreatePremiPayout } from "./validators"
import { lapasById } from "../lapas"

/**
 * Records a premi payout to an inmate. Finance of the inmate's lapas or national users; an
 * inmate of another lapas answers 404. Refused (400, nothing written) when the amount is above
 * the outstanding balance, paid_on is in the future (in the lapas's zone) or falls in a month
 * finance has closed for the lapas.
 */
export async function POST(req: AuthenticatedMedusaRequest<CreatePremiPayout>, res: MedusaResponse) {
  const access = await resolveAdminAccess(req)
  const body = req.validatedBody
  const production: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const [inmate] = await production.listInmates(
    { id: body.inmate_id, ...(access.role === "national" ? {} : { lapas_id: access.lapasId }) },
    { select: ["id", "lapas_id", "code"] }
  )
  if (!inmate) throw notFound("Inmate", body.inmate_id)
  const lapas = (await lapasById(req, [inmate.lapas_id])).get(inmate.lapas_id)
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
    created_by: access.userId,
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
}
