import { model } from "@medusajs/framework/utils"

/**
 * A buyer's "Saya sudah transfer" for one lapas's part of a bank-transfer order: the amount they
 * say they sent, the day, optionally who sent it from which bank and a photo of the proof. A
 * buyer may send again: every notice is kept, the latest counts. It prefills the lapas's
 * confirmation; it moves no money and confirms nothing.
 */
export const TransferNotice = model
  .define("transfer_notice", {
    id: model.id({ prefix: "tnot" }).primaryKey(),
    order_id: model.text(),
    lapas_id: model.text(),
    /** Whole rupiah, as the buyer wrote it (may differ from the part's amount). */
    amount: model.bigNumber(),
    /** YYYY-MM-DD, the day the buyer says they transferred, in the lapas's time zone. */
    transferred_on: model.text(),
    sender_name: model.text().nullable(),
    sender_bank: model.text().nullable(),
    proof_url: model.text().nullable(),
    noticed_at: model.dateTime(),
  })
  .indexes([{ on: ["order_id", "lapas_id"] }])
