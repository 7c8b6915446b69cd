import { z } from "@medusajs/framework/zod"

/** GET /lapas-api/ledger/chain */
export const LedgerChainQuerySchema = z
  .object({
    /** National members: one lapas's chains (else every lapas's); finance: their own only (another is a 404). */
    lapas_id: z.string().trim().min(1, "lapas_id: name a lapas id or leave it out").optional(),
  })
  .strict()
export type LedgerChainQueryInput = z.infer<typeof LedgerChainQuerySchema>
