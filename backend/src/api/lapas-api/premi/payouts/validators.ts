import { z } from "@medusajs/framework/zod"
import { PAYOUT_METHODS } from "@karya-binaan/contracts"
import { calendarDay, paging } from "../../../utils/schemas"

export const CreatePremiPayoutSchema = z
  .object({
    inmate_id: z.string({ error: "Name the inmate paid (inmate_id)" }).trim().min(1, "Name the inmate paid (inmate_id)"),
    amount: z
      .number({ error: "amount is whole rupiah, as a number, e.g. 50000" })
      .int("amount is whole rupiah: no fractions")
      .positive("amount must be more than 0")
      .max(Number.MAX_SAFE_INTEGER),
    paid_on: calendarDay("paid_on"),
    method: z.enum(PAYOUT_METHODS, {
      error: `method is one of ${PAYOUT_METHODS.join(", ")}`,
    }),
    note: z.string().trim().max(500, "A note has at most 500 characters").nullable().optional(),
  })
  .strict()
export type CreatePremiPayout = z.infer<typeof CreatePremiPayoutSchema>

export const ListPremiPayoutsQuerySchema = z
  .object({
    ...paging,
    /** National members: one lapas or all; finance: their own (another lapas is 404). */
    lapas_id: z.string().min(1).optional(),
    /** One inmate's payouts (an inmate of another lapas is 404). */
    inmate_id: z.string().min(1).optional(),
  })
  .strict()
export type ListPremiPayoutsQuery = z.infer<typeof ListPremiPayoutsQuerySchema>
