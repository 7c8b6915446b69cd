import { z } from "@medusajs/framework/zod"
import { isCalendarDay } from "../../../../../modules/profit-share/reports/period"
import { lapasIdParam } from "../../validators"

/** Form fields arrive as text; a plain whole number is read as one. */
const wholeNumberText = (value: unknown) =>
  typeof value === "string" && /^\s*\d{1,16}\s*$/.test(value) ? Number(value.trim()) : value

/**
 * `POST /lapas-api/orders/:id/transfer-confirmations`, as JSON or multipart/form-data (with the
 * proof photo in the file field `proof`). Amounts are whole rupiah; the day is YYYY-MM-DD in the
 * lapas's time zone.
 */
export const ConfirmTransferSchema = z
  .object({
    lapas_id: lapasIdParam.optional(),
    amount: z.preprocess(
      wholeNumberText,
      z
        .number({ error: "amount is the rupiah received, as a whole number, e.g. 125000" })
        .int("amount is whole rupiah: no fractions")
        .positive("amount must be more than 0")
        .max(Number.MAX_SAFE_INTEGER, "amount is too large")
    ),
    transferred_on: z
      .string({ error: "transferred_on is the day the money arrived, written YYYY-MM-DD" })
      .refine(isCalendarDay, "transferred_on must be a real calendar date written YYYY-MM-DD, e.g. 2026-12-04"),
  })
  .strict()
export type ConfirmTransfer = z.infer<typeof ConfirmTransferSchema>

/** The proof photo: at most this many bytes in the whole request. */
export const PROOF_MAX_BYTES = 8_000_000
