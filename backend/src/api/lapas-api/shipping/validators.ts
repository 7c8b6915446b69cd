import { COURIER_SERVICES } from "@karya-binaan/contracts"
import { z } from "@medusajs/framework/zod"

const lapasId = z.string().trim().min(1, "lapas_id names a lapas").max(100, "lapas_id is too long")

/** `GET /lapas-api/shipping`: national members name the lapas. */
export const ShippingQuerySchema = z.object({ lapas_id: lapasId.optional() }).strict()
export type ShippingQuery = z.infer<typeof ShippingQuerySchema>

export const AddCourierSchema = z
  .object({
    courier: z.string({ error: "courier is a courier's code, e.g. jne" }).trim().toLowerCase().min(1, "Name the courier (courier)"),
    service: z.enum(COURIER_SERVICES, { error: `service is one of ${COURIER_SERVICES.join(", ")}` }),
    lapas_id: lapasId.optional(),
  })
  .strict()
export type AddCourier = z.infer<typeof AddCourierSchema>

/**
 * The rows' shapes are checked by the rate table's own validator (every problem at once, as
 * sentences staff can act on), so here a row is only an object.
 */
const rateRow = z
  .object({
    zone: z.unknown(),
    per_kg: z.unknown(),
    etd_min_days: z.unknown(),
    etd_max_days: z.unknown(),
  })
  .strict()

export const UpdateCourierSchema = z
  .object({
    rates: z
      .array(rateRow, { error: "rates is a list of {zone, per_kg, etd_min_days, etd_max_days}" })
      .max(1_000, "A rate table has at most 1,000 rows")
      .optional(),
    enabled: z.boolean({ error: "enabled is true or false" }).optional(),
  })
  .strict()
  .refine((body) => body.rates !== undefined || body.enabled !== undefined, "Give rates, enabled or both")
export type UpdateCourier = z.infer<typeof UpdateCourierSchema>

export const NoQuerySchema = z.object({}).strict()
