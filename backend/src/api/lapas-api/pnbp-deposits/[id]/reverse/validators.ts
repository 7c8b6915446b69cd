import { z } from "@medusajs/framework/zod"

const REASON_HINT = 'say why the deposit is wrong (reason, 5 to 500 characters), e.g. "Nominal salah ketik: Rp 1.001.000, seharusnya Rp 1.000.000"'

/** POST /lapas-api/pnbp-deposits/:id/reverse */
export const ReversePnbpDepositSchema = z
  .object({
    reason: z.string({ error: REASON_HINT }).trim().min(5, REASON_HINT).max(500, "reason: at most 500 characters"),
  })
  .strict()
export type ReversePnbpDeposit = z.infer<typeof ReversePnbpDepositSchema>
