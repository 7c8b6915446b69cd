import { PNBP_REPORT_FORMATS, SALE_CHANNELS } from "@karya-binaan/contracts"
import { z } from "@medusajs/framework/zod"
import { isCalendarDay } from "../../../../modules/profit-share/reports/period"

const day = (what: string) =>
  z
    .string({ error: `${what}: give a day as YYYY-MM-DD` })
    .refine(isCalendarDay, `${what}: write a real calendar day as YYYY-MM-DD, e.g. 2026-10-31`)

/** GET /lapas-api/reports/pnbp */
export const PnbpReportQuerySchema = z
  .object({
    /** National members may leave it out for a roll-up of every lapas; finance always get their own. */
    lapas_id: z.string().trim().min(1, "lapas_id: name a lapas id or leave it out").optional(),
    from: day("from"),
    to: day("to"),
    format: z.enum(PNBP_REPORT_FORMATS, { error: "format: one of json, csv, xlsx, pdf" }).default("json"),
    /** Narrow the report to one channel; leave it out for every channel. */
    channel: z.enum(SALE_CHANNELS, { error: `channel: one of ${SALE_CHANNELS.join(", ")}, or leave it out for every channel` }).optional(),
  })
  .strict()
  .refine((q) => q.from <= q.to, { message: "the period runs backwards: from must be on or before to", path: ["to"] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 3 * 366 * 86_400_000, {
    message: "a report covers at most 3 years; ask for a shorter period",
    path: ["to"],
  })
export type PnbpReportQuery = z.infer<typeof PnbpReportQuerySchema>
