import { randomUUID } from "node:crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { toRupiahBigInt } from "@karya-binaan/shares"

export interface ShareCorrectionInput {
  order_id: string
  line_item_id: string
  /** The corrected HPP per unit, whole rupiah ≥ 0. */
  unit_cost: number | string
  /** Why, e.g. "HPP batch salah input". Required. */
  reason: string
  /** The client's key: the same key books the correction once. A new one is made when absent. */
  idempotency_key?: string
  /** The admin user correcting. */
  created_by?: string | null
}

/** A correction as a step passes it on (amounts as strings: step results are JSON). */
export interface CorrectionPlan {
  order_id: string
  line_item_id: string
  unit_cost: string
  reason: string
  idempotency_key: string
  created_by: string | null
}

export const CORRECTION_KEY_PATTERN = /^[A-Za-z0-9_.:-]{1,128}$/

/**
 * Checks a correction before the ledger is touched: the order exists, the line is one of its
 * lines, the HPP is whole rupiah ≥ 0, the reason is given, and the key is usable (one is made
 * when the caller sent none). Whether the line is booked is decided inside the ledger's lock.
 */
export const loadShareCorrectionStep = createStep(
  "share-load-correction",
  async (input: ShareCorrectionInput, { container }) => {
    let unitCost: bigint
    try {
      unitCost = toRupiahBigInt(input.unit_cost)
    } catch {
      unitCost = -1n
    }
    if (unitCost < 0n) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `unit_cost: the corrected HPP is whole rupiah, 0 or more; got ${JSON.stringify(input.unit_cost)}.`
      )
    }
    const reason = String(input.reason ?? "").trim()
    if (!reason) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "reason: say why the HPP is corrected.")
    }
    const key = input.idempotency_key ?? `scor_${randomUUID()}`
    if (!CORRECTION_KEY_PATTERN.test(key)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "idempotency_key: 1 to 128 letters, digits, '_', '.', ':' or '-'."
      )
    }

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "items.id"],
      filters: { id: input.order_id },
    })
    const order = orders[0] as any
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id "${input.order_id}" was not found.`)
    }
    if (!((order.items ?? []) as any[]).some((item) => item?.id === input.line_item_id)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `line_item_id: "${input.line_item_id}" is not a line of order ${order.id}.`
      )
    }
    return new StepResponse<CorrectionPlan>({
      order_id: order.id,
      line_item_id: input.line_item_id,
      unit_cost: unitCost.toString(),
      reason,
      idempotency_key: key,
      created_by: input.created_by ?? null,
    })
  }
)
