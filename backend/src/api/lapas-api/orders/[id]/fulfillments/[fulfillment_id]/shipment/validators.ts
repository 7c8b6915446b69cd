import { z } from "@medusajs/framework/zod"
import { COURIERS, courierByCode } from "@karya-binaan/contracts"

/** The couriers a shipment may name, as a 400 lists them: "jne (JNE), jnt (J&T Express), ...". */
export const COURIER_CHOICES = COURIERS.map((c) => `${c.code} (${c.name})`).join(", ")

/** `POST /lapas-api/orders/:id/fulfillments/:fulfillment_id/shipment` */
export const ShipPartSchema = z
  .object({
    courier: z
      .string({ error: `Choose the courier (courier), one of: ${COURIER_CHOICES}` })
      .trim()
      .toLowerCase()
      .refine((code) => !!courierByCode(code), {
        error: (issue) => `Unknown courier "${String(issue.input)}"; choose one of: ${COURIER_CHOICES}`,
      }),
    resi: z
      .string({ error: "Enter the tracking number (resi) the courier gave" })
      .trim()
      .regex(/^[A-Za-z0-9-]{6,40}$/, "resi is the courier's tracking number: 6 to 40 letters, digits or dashes"),
  })
  .strict()
export type ShipPart = z.infer<typeof ShipPartSchema>
