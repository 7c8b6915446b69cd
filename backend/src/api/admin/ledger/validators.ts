import { z } from "@medusajs/framework/zod"
import { LEDGER_ACCOUNTS, LEDGER_ENTRY_KINDS } from "@karya-binaan/contracts"

/** YYYY-MM-DD (a calendar day in the lapas's zone, WIB without a lapas) or a full ISO date-time. */
const day = z
  .string()
  .refine(
    (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) || !Number.isNaN(Date.parse(value)),
    "Write dates as YYYY-MM-DD (a day in the lapas's time zone) or as an ISO date-time"
  )

export const LedgerQuerySchema = z.object({
  lapas_id: z.string().min(1).optional(),
  order_id: z.string().min(1).optional(),
  account: z.enum(LEDGER_ACCOUNTS).optional(),
  kind: z.enum(LEDGER_ENTRY_KINDS).optional(),
  /** From this day (WIB, inclusive) or instant. */
  from: day.optional(),
  /** Up to and including this day (WIB), or up to this instant. */
  to: day.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type LedgerQuery = z.infer<typeof LedgerQuerySchema>
