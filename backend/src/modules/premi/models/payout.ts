import { model } from "@medusajs/framework/utils"

export const PAYOUT_METHODS = ["cash_inside", "savings_account", "on_release"] as const
export type PayoutMethod = (typeof PAYOUT_METHODS)[number]

/**
 * Premi paid out to an inmate: cash for needs inside, into a savings account, or on release.
 * Append-only (a wrong payout is balanced by finance outside this table, never edited);
 * never more than the inmate's outstanding balance (checked under a per-inmate lock).
 */
export const PremiPayout = model
  .define("premi_payout", {
    id: model.id({ prefix: "ppay" }).primaryKey(),
    lapas_id: model.text(),
    inmate_id: model.text(),
    /** Whole rupiah > 0. */
    amount: model.bigNumber(),
    /** The calendar day paid, YYYY-MM-DD in the lapas's time zone. */
    paid_on: model.text(),
    method: model.enum([...PAYOUT_METHODS]),
    note: model.text().nullable(),
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["inmate_id", "paid_on"] }, { on: ["lapas_id"] }])
