import type { LedgerAccount, ShareCorrectionResponse } from "@karya-binaan/contracts"
import { rupiahToJson } from "@karya-binaan/shares"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { forbidden, lapasOfProduct, resolveAdminAccess, type AdminAccess } from "../../../../../utils/access"
import { PROFIT_SHARE_MODULE } from "../../../../../../modules/profit-share"
import type ProfitShareModuleService from "../../../../../../modules/profit-share/service"
import { correctLineSharesWorkflow } from "../../../../../../workflows/profit-share/correct-line-shares"
import { orderSharesView } from "../view"
import type { CreateShareCorrection } from "./validators"

/**
 * The lapas of an order line: its sale's on the ledger, else its product's (a line not booked
 * yet); null when the order has no such line (the workflow answers that).
 */
async function lapasOfLine(req: MedusaRequest, orderId: string, lineItemId: string) {
  const profitShare: ProfitShareModuleService = req.scope.resolve(PROFIT_SHARE_MODULE)
  const [sale] = await profitShare.listLedgerEntries(
    { order_id: orderId, line_item_id: lineItemId, kind: "sale" } as any,
    { take: 1, select: ["lapas_id"] }
  )
  if (sale) return (sale as any).lapas_id ?? null
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["items.id", "items.product_id"], filters: { id: orderId } })
  const item = (((data[0] as any)?.items ?? []) as any[]).find((i) => i?.id === lineItemId)
  return item?.product_id ? await lapasOfProduct(req, item.product_id) : null
}

async function requireOwnLine(req: MedusaRequest, access: AdminAccess, orderId: string, lineItemId: string) {
  if (access.role === "national") return
  const lapasId = await lapasOfLine(req, orderId, lineItemId)
  if (lapasId !== null && lapasId !== access.lapasId) {
    throw forbidden(
      `Line ${lineItemId} belongs to another lapas; its own finance staff or a national user corrects its HPP.`
    )
  }
}

/**
 * Corrects the HPP of one booked line (see correctLineSharesWorkflow): books the difference
 * as `correction` entries and answers the order's shares as GET /admin/orders/:id/shares shows
 * them afterwards, with `correction` describing what was booked. The same idempotency_key
 * books once; without one, a key is made and returned.
 */
export async function POST(req: MedusaRequest<CreateShareCorrection>, res: MedusaResponse) {
  const orderId = req.params.id
  const access = await resolveAdminAccess(req)
  const body = req.validatedBody as CreateShareCorrection
  await requireOwnLine(req, access, orderId, body.line_item_id)

  const { result } = await correctLineSharesWorkflow(req.scope).run({
    input: {
      order_id: orderId,
      line_item_id: body.line_item_id,
      unit_cost: body.unit_cost,
      reason: body.reason,
      idempotency_key: body.idempotency_key,
      created_by: access.userId,
    },
  })
  res.json({
    ...(await orderSharesView(req, orderId, access)),
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
}
