import { CloseCashSchema } from "@karya-binaan/contracts"
import { z } from "@medusajs/framework/zod"
import { calendarDay } from "../../utils/schemas"

const id = z.string().trim().min(1).max(100)

/** The body schema is the contract's, so the panel checks with the same rules. */
export const CloseCashBody = CloseCashSchema as unknown as z.ZodType

export const CashClosingPreviewQuerySchema = z
  .object({
    venue_id: id,
    /** The lapas's calendar day; today in the lapas's zone when left out. */
    business_date: calendarDay("business_date").optional(),
    /** Staff: their own till (leave out, "me" or their own id); finance and national name the cashier. */
    cashier_id: id.optional(),
    lapas_id: id.optional(),
  })
  .strict()
export type CashClosingPreviewQuery = z.infer<typeof CashClosingPreviewQuerySchema>

export const ListCashClosingsQuerySchema = z
  .object({
    venue_id: id.optional(),
    cashier_id: id.optional(),
    from: calendarDay("from").optional(),
    to: calendarDay("to").optional(),
    lapas_id: id.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from is on or before to", path: ["to"] })
export type ListCashClosingsQuery = z.infer<typeof ListCashClosingsQuerySchema>
