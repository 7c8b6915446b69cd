import { model } from "@medusajs/framework/utils"

/**
 * A cashier's daily closing (tutup kas) at one venue: what the day's sales say per payment
 * method, the cash counted in the drawer, and the difference with its reason. One per venue,
 * cashier and day.
 */
export const CashClosing = model
  .define("direct_sale_cash_closing", {
    id: model.id({ prefix: "cclose" }).primaryKey(),
    lapas_id: model.text(),
    venue_id: model.text(),
    cashier_id: model.text(),
    cashier_name: model.text(),
    business_date: model.text(),
    /** CashClosingMethodTotal[] at closing time. */
    by_method: model.json(),
    opening_float: model.bigNumber(),
    expected_cash: model.bigNumber(),
    counted_cash: model.bigNumber(),
    /** counted − expected, signed whole rupiah. */
    difference: model.bigNumber(),
    reason: model.text().nullable(),
    closed_by: model.text(),
  })
  .indexes([{ on: ["venue_id", "cashier_id", "business_date"], unique: true }])
