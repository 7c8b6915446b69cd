import { z } from "@medusajs/framework/zod"
import { wholeRupiah } from "@karya-binaan/contracts"
import { todayWib } from "../../../lib/production/views"
import { calendarDay, paging } from "../../utils/schemas"

// Amounts are whole rupiah; dates are calendar days YYYY-MM-DD.

const positiveCount = (what: string) =>
  z
    .number({ error: `${what} is a whole number` })
    .int(`${what} is a whole number`)
    .positive(`${what} must be at least 1`)
    .max(1_000_000, `${what} cannot exceed 1,000,000`)

export const CreateProductionBatchSchema = z
  .object({
    variant_id: z
      .string({ error: "Name the product variant (variant_id) the batch made" })
      .trim()
      .min(1, "Name the product variant (variant_id) the batch made"),
    quantity: positiveCount("The batch quantity"),
    /** May be left out when material_cost and labour_cost are given: it is their sum. */
    unit_cost: wholeRupiah.optional(),
    /** Materials per unit (per service for a batch layanan), with labour_cost. */
    material_cost: wholeRupiah.optional(),
    /** Labour per unit, with material_cost. */
    labour_cost: wholeRupiah.optional(),
    produced_on: calendarDay("produced_on").refine(
      // One day of slack for lapas east of WIB (WITA, WIT).
      (value) => value <= todayWib(new Date(Date.now() + 24 * 60 * 60 * 1000)),
      "A batch cannot be produced in the future"
    ),
    makers: z
      .array(
        z
          .object({
            inmate_id: z.string({ error: "Each maker names an inmate (inmate_id)" }).trim().min(1, "Each maker names an inmate (inmate_id)"),
            work_units: positiveCount("Work units"),
          })
          .strict(),
        { error: "Name at least one inmate who made the batch (makers)" }
      )
      .min(1, "Name at least one inmate who made the batch (makers)")
      .max(500, "A batch has at most 500 makers")
      .refine(
        (makers) => new Set(makers.map((m) => m.inmate_id)).size === makers.length,
        "Each inmate appears once among the makers; add their work units together"
      ),
    notes: z.string().trim().max(2000, "Notes have at most 2,000 characters").nullable().optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    const parts = [body.material_cost, body.labour_cost].filter((v) => v !== undefined).length
    if (parts === 1) {
      ctx.addIssue({
        code: "custom",
        path: [body.material_cost === undefined ? "material_cost" : "labour_cost"],
        message: "Give both parts of the HPP, material_cost and labour_cost (0 when there is none), or neither",
      })
      return
    }
    if (parts === 0 && body.unit_cost === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["unit_cost"],
        message: "Give the HPP per unit (unit_cost), or its parts material_cost and labour_cost",
      })
      return
    }
    if (parts === 2) {
      const sum = body.material_cost! + body.labour_cost!
      if (!Number.isSafeInteger(sum)) {
        ctx.addIssue({ code: "custom", path: ["labour_cost"], message: "material_cost + labour_cost is too large" })
      } else if (body.unit_cost !== undefined && body.unit_cost !== sum) {
        ctx.addIssue({
          code: "custom",
          path: ["unit_cost"],
          message: `unit_cost must be material_cost + labour_cost (${sum}); leave it out to have it computed`,
        })
      }
    }
  })
export type CreateProductionBatch = z.infer<typeof CreateProductionBatchSchema>

/** The HPP per unit of a validated body: unit_cost, or the sum of its two parts. */
export function unitCostOf(body: CreateProductionBatch): number {
  if (body.material_cost !== undefined && body.labour_cost !== undefined) {
    return body.material_cost + body.labour_cost
  }
  return body.unit_cost!
}

export const ListProductionBatchesQuerySchema = z
  .object({
    ...paging,
    variant_id: z.string().min(1).optional(),
    product_id: z.string().min(1).optional(),
    /** National members: one lapas; others: their own (another lapas is 404). */
    lapas_id: z.string().min(1).optional(),
  })
  .strict()
export type ListProductionBatchesQuery = z.infer<typeof ListProductionBatchesQuerySchema>

/** GET /lapas-api/production-batches/:id takes no query. */
export const ProductionBatchQuerySchema = z.object({}).strict()
