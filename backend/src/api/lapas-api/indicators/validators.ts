import { z } from "@medusajs/framework/zod"

export const MIN_YEAR = 2000
export const MAX_YEAR = 2100

export const IndicatorQuerySchema = z
  .object({
  /** National users: one lapas, or every lapas when omitted. Finance: their own lapas, whatever this says. */
  lapas_id: z.string().trim().min(1, "lapas_id names a lapas; leave it out for every lapas").optional(),
  /** The calendar year (in each lapas's own time zone); the current year when omitted. */
  year: z
    .string()
    .regex(/^\d{4}$/, "Write the year as four digits, e.g. 2026")
    .transform(Number)
    .refine(
      (year) => year >= MIN_YEAR && year <= MAX_YEAR,
      `The year must lie between ${MIN_YEAR} and ${MAX_YEAR}`
    )
    .optional(),
  })
  .strict()
export type IndicatorQuery = z.infer<typeof IndicatorQuerySchema>
