import { model } from "@medusajs/framework/utils"

export const PREMI_ENTRY_KINDS = ["sale", "refund", "correction"] as const

/**
 * The part of one premi ledger entry that belongs to one inmate for one batch they worked on.
 * Append-only (the database refuses UPDATE, DELETE and TRUNCATE); written once per
 * (ledger entry, inmate, batch). See the module README for the rule.
 */
export const PremiAllocation = model
  .define("premi_allocation", {
    id: model.id({ prefix: "palloc" }).primaryKey(),
    lapas_id: model.text(),
    inmate_id: model.text(),
    batch_id: model.text(),
    order_id: model.text(),
    line_item_id: model.text(),
    ledger_entry_id: model.text(),
    /** The ledger entry's kind: sale, refund or correction. */
    kind: model.enum([...PREMI_ENTRY_KINDS]),
    /** Signed whole rupiah. */
    amount: model.bigNumber(),
    /** The ledger entry's accounting date. */
    booked_at: model.dateTime(),
  })
  .indexes([
    { on: ["ledger_entry_id", "inmate_id", "batch_id"], unique: true },
    { on: ["inmate_id", "booked_at"] },
    { on: ["lapas_id"] },
    { on: ["order_id"] },
  ])
