import { model } from "@medusajs/framework/utils"

/**
 * One PNBP deposit of a lapas to the treasury (SIMPONI): the billing the lapas created (15-digit
 * kode billing), the receipt's NTPN (16 alphanumerics, unique across all lapas), the amount in
 * whole rupiah, the day it was paid and the period of PNBP it pays for. Calendar days are
 * YYYY-MM-DD in the lapas's own time zone, stored as text so that no time zone ever shifts them.
 *
 * Append-only like the ledger: the database refuses UPDATE, DELETE and TRUNCATE (see
 * Migration20261125100100), so a deposit recorded by mistake stays on record. It is corrected by a
 * reversal (Migration20261230120000): a new row with `reverses_id`, the negated amount and a
 * `reason`; the right deposit is then recorded again (`replaces_id` when it carries the same NTPN).
 */
export const PnbpDeposit = model
  .define("pnbp_deposit", {
    id: model.id({ prefix: "pnbpd" }).primaryKey(),
    lapas_id: model.text(),
    /** First day of the PNBP period the deposit pays for (lapas time zone). */
    period_from: model.text(),
    /** Last day of that period, inclusive. */
    period_to: model.text(),
    /** Kode billing SIMPONI: exactly 15 digits. */
    billing_code: model.text(),
    /**
     * Nomor Transaksi Penerimaan Negara on the receipt: 16 uppercase letters/digits. Recorded once
     * across all lapas, except once more as the replacement of a reversed deposit (the index is
     * the migration's: unique (ntpn, replaces_id) over non-reversal rows).
     */
    ntpn: model.text(),
    /** Whole rupiah: above 0 for a deposit, below 0 (the negated deposit) for a reversal. */
    amount: model.bigNumber(),
    /** The day the billing was paid (lapas time zone); never in the future. */
    deposited_on: model.text(),
    note: model.text().nullable(),
    /** The admin user who recorded it. */
    created_by: model.text().nullable(),
    /** A reversal: the deposit it cancels (once; same lapas, period and NTPN, negated amount). */
    reverses_id: model.text().nullable(),
    /** A re-recorded deposit: the reversed deposit whose NTPN it carries again. */
    replaces_id: model.text().nullable(),
    /** Why the deposit was reversed (reversals only). */
    reason: model.text().nullable(),
  })
  .indexes([{ on: ["lapas_id", "deposited_on"] }])
