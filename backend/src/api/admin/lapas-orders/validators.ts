import { z } from "@medusajs/framework/zod"
import { PART_STATES } from "@karya-binaan/contracts"
import { isCalendarDay } from "../../../modules/profit-share/reports/period"

// Amounts are whole rupiah; days are YYYY-MM-DD in the lapas's time zone.

const lapasId = z.string().trim().min(1, "lapas_id names a lapas").optional()

export const ListLapasOrdersQuerySchema = z.object({
  state: z.enum(PART_STATES, { error: `state is one of ${PART_STATES.join(", ")}` }).optional(),
  lapas_id: lapasId,
  q: z
    .string()
    .trim()
    .regex(/^#?\d{1,12}$/, "q is an order number, e.g. 1042")
    .transform((value) => Number(value.replace("#", "")))
    .optional(),
  limit: z.coerce.number().int().min(1, "limit is 1 to 100").max(100, "limit is 1 to 100").default(20),
  offset: z.coerce.number().int().min(0, "offset is 0 or more").default(0),
})
export type ListLapasOrdersQuery = z.infer<typeof ListLapasOrdersQuerySchema>

export const ConfirmTransferSchema = z
  .object({
    lapas_id: lapasId,
    amount: z
      .number({ error: "amount is the rupiah received, as a whole number, e.g. 125000" })
      .int("amount is whole rupiah: no fractions")
      .positive("amount must be more than 0")
      .max(Number.MAX_SAFE_INTEGER),
    transferred_on: z
      .string({ error: "transferred_on is the day the money arrived, written YYYY-MM-DD" })
      .refine(isCalendarDay, "transferred_on must be a real calendar date written YYYY-MM-DD, e.g. 2026-12-04"),
    proof_url: z
      .string()
      .trim()
      .max(2000, "proof_url is too long")
      .refine((value) => /^(https?:\/\/|\/)/.test(value), "proof_url is the URL of the uploaded proof image")
      .nullable()
      .optional(),
  })
  .strict()
export type ConfirmTransfer = z.infer<typeof ConfirmTransferSchema>

export const FulfillPartSchema = z.object({ lapas_id: lapasId }).strict()
export type FulfillPart = z.infer<typeof FulfillPartSchema>

export const ShipPartSchema = z
  .object({
    /** Accepted for symmetry with the other writes; the fulfillment already names its lapas. */
    lapas_id: lapasId,
    courier: z
      .string({ error: "Name the courier (courier), e.g. JNE" })
      .trim()
      .min(2, "Name the courier (courier), e.g. JNE")
      .max(60, "courier has at most 60 characters"),
    resi: z
      .string({ error: "Enter the tracking number (resi) the courier gave" })
      .trim()
      .regex(/^[A-Za-z0-9-]{6,40}$/, "resi is the courier's tracking number: 6 to 40 letters, digits or dashes"),
  })
  .strict()
export type ShipPart = z.infer<typeof ShipPartSchema>
