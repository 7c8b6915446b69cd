import { LEDGER_ACCOUNTS, LEDGER_ENTRY_KINDS, LEDGER_LINE_KINDS, SALE_CHANNELS } from "@karya-binaan/contracts"
import { z } from "@medusajs/framework/zod"
import { dayOrInstant } from "../../utils/schemas"

/** GET /lapas-api/ledger */
export const LedgerQuerySchema = z
  .object({
    /** National members: one lapas's entries; finance: their own only (another is a 404). */
    lapas_id: z.string().trim().min(1, "lapas_id: name a lapas id or leave it out").optional(),
    order_id: z.string().trim().min(1, "order_id: name an order id or leave it out").optional(),
    account: z.enum(LEDGER_ACCOUNTS, { error: "account: one of capital, premi, pnbp" }).optional(),
    kind: z.enum(LEDGER_ENTRY_KINDS, { error: "kind: one of sale, refund, correction" }).optional(),
    channel: z.enum(SALE_CHANNELS, { error: `channel: one of ${SALE_CHANNELS.join(", ")}` }).optional(),
    line_kind: z.enum(LEDGER_LINE_KINDS, { error: "line_kind: goods or service" }).optional(),
    /** From this day (inclusive) or instant. */
    from: dayOrInstant("from").optional(),
    /** Up to and including this day, or up to this instant. */
    to: dayOrInstant("to").optional(),
    limit: z.coerce.number({ error: "limit: a number from 1 to 500" }).int().min(1).max(500).default(50),
    offset: z.coerce.number({ error: "offset: a number from 0" }).int().min(0).default(0),
  })
  .strict()
export type LedgerQuery = z.infer<typeof LedgerQuerySchema>
