import { model } from "@medusajs/framework/utils"
import { SALE_CHANNELS } from "@karya-binaan/contracts"

export const ACCOUNTS = ["capital", "premi", "pnbp"] as const
export const ENTRY_KINDS = ["sale", "refund", "correction"] as const
export type EntryKind = (typeof ENTRY_KINDS)[number]
/** What a booked line was: goods, or a service (jasa, product type SERVICE_PRODUCT_TYPE). */
export const LINE_KINDS = ["goods", "service"] as const
export type LineKind = (typeof LINE_KINDS)[number]

/**
 * One booked share: one account of one order line for one event (a sale, a refund, a
 * correction). Append-only: the database refuses UPDATE, DELETE and TRUNCATE on this table
 * (see the migration), so a wrong entry is fixed with a correcting entry, never by editing.
 */
export const LedgerEntry = model
  .define("share_ledger_entry", {
    id: model.id({ prefix: "sle" }).primaryKey(),
    order_id: model.text(),
    line_item_id: model.text(),
    lapas_id: model.text().nullable(),
    account: model.enum([...ACCOUNTS]),
    /** Signed whole rupiah: positive for a sale, negative for its reversal. */
    amount: model.bigNumber(),
    kind: model.enum([...ENTRY_KINDS]),
    /**
     * What the entry books: the payment of a sale, the refund of a reversal, the idempotency
     * key of a correction.
     */
    reference_id: model.text().nullable(),
    /**
     * `sale:<line>:<account>`, `refund:<refund>:<line>:<account>`,
     * `correction:<key>:<line>:<account>`; booked once, ever.
     */
    idempotency_key: model.text().unique(),
    policy_id: model.text().nullable(),
    capital_bp: model.number().nullable(),
    premi_bp: model.number().nullable(),
    pnbp_bp: model.number().nullable(),
    /** The line's figures the entry was computed from (whole rupiah); a correction's corrected HPP. */
    unit_cost: model.bigNumber().nullable(),
    quantity: model.number(),
    /**
     * Sale: the line's net revenue (after discounts, before tax and shipping).
     * Refund: the part of that revenue this refund gave back. Correction: 0.
     */
    revenue: model.bigNumber(),
    /** Sale: what the buyer paid for the line (revenue + tax). Refund: the part of it refunded. Correction: 0. */
    paid: model.bigNumber(),
    /** Why a correction was booked, e.g. "HPP batch salah input" (corrections only). */
    reason: model.text().nullable(),
    /** The admin user who booked a correction (corrections only). */
    created_by: model.text().nullable(),
    /**
     * The accounting date: the instant the entry counts for in periods, the ledger's from/to and
     * the reports (a sale at its payment's capture, a refund at the refund, a correction when
     * booked). `created_at` is when the row was written.
     */
    booked_at: model.dateTime(),
    /**
     * Where the line was sold: "online" (the web shop) or the kind of venue of a direct sale.
     * A refund or a correction carries its sale's. Entries booked before channels existed: "online".
     */
    channel: model.enum([...SALE_CHANNELS]).default("online"),
    /** "service" when the line's product type is a service (jasa); a refund or correction carries its sale's. */
    line_kind: model.enum([...LINE_KINDS]).default("goods"),
  })
  .indexes([
    { on: ["order_id"] },
    { on: ["lapas_id", "created_at"] },
    { on: ["lapas_id", "booked_at"] },
    { on: ["lapas_id", "channel", "booked_at"] },
  ])
