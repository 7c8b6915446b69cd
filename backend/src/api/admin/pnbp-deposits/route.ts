import type { ErrorResponse, PnbpDeposit, PnbpDepositListResponse, PnbpDepositResponse } from "@karya-binaan/contracts"
import { rupiahToJson as rupiah } from "@karya-binaan/shares"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PROFIT_SHARE_MODULE } from "../../../modules/profit-share"
import type ProfitShareModuleService from "../../../modules/profit-share/service"
import type { PnbpDepositRow } from "../../../modules/profit-share/service"
import { recordPnbpDepositWorkflow } from "../../../workflows/profit-share/record-pnbp-deposit"
import { resolveAdminAccess } from "../../utils/access"
import { parseQuery } from "../../utils/validation"
import { scopedLapas } from "../../utils/report-lapas"
import { ListPnbpDepositsSchema, type CreatePnbpDeposit } from "./validators"

export function adminPnbpDeposit(row: PnbpDepositRow & Record<string, any>): PnbpDeposit {
  return {
    id: row.id,
    lapas_id: row.lapas_id,
    period_from: row.period_from,
    period_to: row.period_to,
    billing_code: row.billing_code,
    ntpn: row.ntpn,
    amount: rupiah(row.raw_amount ?? row.amount),
    deposited_on: row.deposited_on,
    note: row.note ?? null,
    created_by: row.created_by ?? null,
    created_at: new Date(row.created_at).toISOString(),
  }
}

/**
 * Records a PNBP deposit (SIMPONI billing paid, NTPN on the receipt) for a lapas and the period
 * of PNBP it pays for. Finance records for their own lapas only. Refused: a deposit day in the
 * future (in the lapas's zone), a period that touches a closed month (400), an NTPN on record
 * already (409).
 */
export async function POST(req: MedusaRequest<CreatePnbpDeposit>, res: MedusaResponse) {
  const body = req.validatedBody as CreatePnbpDeposit
  const access = await resolveAdminAccess(req)
  const lapas = (await scopedLapas(req, body.lapas_id))!
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
      created_by: access.userId,
    },
  })
  if (result.conflict) {
    const own = access.role === "national" || result.conflict.lapas_id === access.lapasId
    res.status(409).json({
      type: "conflict",
      message: own
        ? `NTPN ${body.ntpn} is already recorded (deposit ${result.conflict.id} of ${result.conflict.deposited_on}); each NTPN proves one deposit. Check the receipt.`
        : `NTPN ${body.ntpn} is already recorded for another deposit; each NTPN proves one deposit. Check the receipt.`,
    } satisfies ErrorResponse<"conflict">)
    return
  }
  res.status(201).json({ pnbp_deposit: adminPnbpDeposit(result.deposit!) } satisfies PnbpDepositResponse)
}

/**
 * Deposits, newest deposit day first: a finance user's own lapas's; national users all or one
 * lapas's. from/to select by the period the deposit pays for (its last day).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = parseQuery(req, ListPnbpDepositsSchema)
  const lapas = await scopedLapas(req, query.lapas_id, true)
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
  res.json({
    pnbp_deposits: deposits.map((d: any) => adminPnbpDeposit(d)),
    count,
    limit: query.limit,
    offset: query.offset,
  } satisfies PnbpDepositListResponse)
}
