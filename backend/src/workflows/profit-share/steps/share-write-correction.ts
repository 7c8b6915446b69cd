import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PROFIT_SHARE_MODULE } from "../../../modules/profit-share"
import { correctionEntries } from "../../../modules/profit-share/booking"
import type ProfitShareModuleService from "../../../modules/profit-share/service"
import type { BookingResult } from "../../../modules/profit-share/service"
import type { CorrectionPlan } from "./share-load-correction"
import { moneyLog } from "../../../lib/logging/money-log"

const NOT_BOOKED_MESSAGE =
  "This order's shares are not booked yet; they are booked when the payment is captured."

export type CorrectionBookingResult = BookingResult & {
  idempotency_key: string
  line_item_id: string
  unit_cost: string
  reason: string
  /** The key had booked this correction before: nothing new was written. */
  replayed: boolean
  /** The correction's entries (new or, on a replay, those booked before), amounts as strings. */
  entries: { account: string; amount: string }[]
}

/**
 * Writes one line's correction, computed inside the ledger transaction (under the order's lock)
 * from what the order's ledger holds at that moment: per account the corrected net minus the
 * current net, where it is not 0. A key already booked on the order books nothing again; the
 * same key with another line, HPP or reason is refused.
 */
export const writeCorrectionSharesStep = createStep(
  "share-write-correction",
  async (input: { plan: CorrectionPlan; fail_after_entries?: number }, { container }) => {
    const { plan } = input
    const profitShare: ProfitShareModuleService = container.resolve(PROFIT_SHARE_MODULE)
    const correction = {
      key: plan.idempotency_key,
      line_item_id: plan.line_item_id,
      unit_cost: BigInt(plan.unit_cost),
      reason: plan.reason,
      created_by: plan.created_by,
    }
    let written: { account: string; amount: string }[] = []
    const result = await profitShare.bookEntries(
      plan.order_id,
      (rows) => {
        const entries = correctionEntries(plan.order_id, correction, rows)
        if (entries === null) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, NOT_BOOKED_MESSAGE)
        }
        if (!entries.length) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `At an HPP of ${plan.unit_cost} per unit, line ${plan.line_item_id} nets to the shares it has now ` +
              `(the HPP is already that, or the line is refunded); nothing was booked.`
          )
        }
        written = entries.map((e) => ({ account: e.account, amount: e.amount.toString() }))
        return entries
      },
      {
        failAfterEntries: input.fail_after_entries,
        onceForReference: { kind: "correction", reference_id: plan.idempotency_key },
      }
    )
    if (!result.skipped) {
      moneyLog(container, "shares.corrected", {
        order_id: plan.order_id,
        line_item_id: plan.line_item_id,
        idempotency_key: plan.idempotency_key,
        unit_cost: plan.unit_cost,
        amount: written.reduce((sum, e) => sum + BigInt(e.amount), 0n).toString(),
        inserted: result.inserted,
        existing: result.existing,
        outcome: result.inserted > 0 ? "corrected" : "nothing_new",
      })
      return new StepResponse<CorrectionBookingResult>({
        ...result,
        idempotency_key: plan.idempotency_key,
        line_item_id: plan.line_item_id,
        unit_cost: plan.unit_cost,
        reason: plan.reason,
        replayed: false,
        entries: written,
      })
    }
    // A replay: the key's entries are on the ledger (and never change). Same correction?
    const booked = (await profitShare.orderRows(plan.order_id)).filter(
      (row) => row.kind === "correction" && row.reference_id === plan.idempotency_key
    )
    const same = booked.every(
      (row) =>
        row.line_item_id === plan.line_item_id &&
        row.unit_cost?.toString() === plan.unit_cost &&
        (row.reason ?? "") === plan.reason
    )
    if (!same) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `idempotency_key "${plan.idempotency_key}" already booked another correction on order ${plan.order_id} ` +
          `(line ${booked[0]?.line_item_id}, HPP ${booked[0]?.unit_cost}); use a new key for a new correction.`
      )
    }
    moneyLog(container, "shares.corrected", {
      order_id: plan.order_id,
      line_item_id: plan.line_item_id,
      idempotency_key: plan.idempotency_key,
      outcome: "replayed",
    })
    return new StepResponse<CorrectionBookingResult>({
      ...result,
      idempotency_key: plan.idempotency_key,
      line_item_id: plan.line_item_id,
      unit_cost: plan.unit_cost,
      reason: plan.reason,
      replayed: true,
      entries: booked.map((row) => ({ account: row.account, amount: row.amount.toString() })),
    })
  }
)
