import { z } from "@medusajs/framework/zod"

/** POST /lapas-api/orders/:id/shares/corrections: a corrected HPP for one booked line of the caller's lapas. */
export const CreateShareCorrectionSchema = z
  .object({
    line_item_id: z.string({ error: "Name the order line (line_item_id)" }).trim().min(1, "Name the order line (line_item_id)"),
    unit_cost: z
      .number({ error: "unit_cost is the corrected HPP per unit, whole rupiah as a number" })
      .int("unit_cost is whole rupiah: no fractions")
      .nonnegative("unit_cost cannot be negative")
      .max(Number.MAX_SAFE_INTEGER),
    reason: z
      .string({ error: 'Say why the HPP is corrected (reason), e.g. "HPP batch salah input"' })
      .trim()
      .min(1, 'Say why the HPP is corrected (reason), e.g. "HPP batch salah input"')
      .max(1000),
    idempotency_key: z
      .string()
      .regex(/^[A-Za-z0-9_.:-]{1,128}$/, "idempotency_key is 1 to 128 letters, digits, '_', '.', ':' or '-'")
      .optional(),
  })
  .strict()
export type CreateShareCorrection = z.infer<typeof CreateShareCorrectionSchema>
