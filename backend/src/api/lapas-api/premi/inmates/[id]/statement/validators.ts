import { z } from "@medusajs/framework/zod"
import { PREMI_STATEMENT_FORMATS } from "@karya-binaan/contracts"
import { calendarDay } from "../../../../../utils/schemas"

export const PremiStatementQuerySchema = z
  .object({
    from: calendarDay("from").optional(),
    to: calendarDay("to").optional(),
    format: z.enum(PREMI_STATEMENT_FORMATS, { error: "format is json or pdf" }).default("json"),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, "from must not be after to")
export type PremiStatementQuery = z.infer<typeof PremiStatementQuerySchema>
