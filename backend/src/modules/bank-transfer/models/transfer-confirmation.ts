import { model } from "@medusajs/framework/utils"

/**
 * A lapas's confirmation that the buyer's bank transfer for its part of an order arrived: the
 * amount seen on the lapas's account statement, the day it arrived, an optional photo of the
 * proof and who confirmed it. One per (order, lapas); confirming captures that part's amount of
 * the order's payment.
 */
export const TransferConfirmation = model
  .define("transfer_confirmation", {
    id: model.id({ prefix: "tconf" }).primaryKey(),
    order_id: model.text(),
    lapas_id: model.text(),
    payment_id: model.text(),
    /** Whole rupiah. */
    amount: model.bigNumber(),
    /** YYYY-MM-DD, the day the money arrived, in the lapas's time zone. */
    transferred_on: model.text(),
    proof_url: model.text().nullable(),
    confirmed_by: model.text(),
  })
  .indexes([
    { on: ["order_id", "lapas_id"], unique: true },
    { on: ["lapas_id"] },
  ])
