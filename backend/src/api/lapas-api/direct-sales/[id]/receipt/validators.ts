import { RECEIPT_FORMATS } from "@karya-binaan/contracts"
import { z } from "@medusajs/framework/zod"

/** `?format=thermal|a4` (thermal when left out): the 58 mm roll or an A4 page. */
export const ReceiptQuerySchema = z
  .object({
    format: z.enum(RECEIPT_FORMATS, { error: "format is thermal (58 mm roll) or a4" }).default("thermal"),
  })
  .strict()
export type ReceiptQuery = z.infer<typeof ReceiptQuerySchema>
