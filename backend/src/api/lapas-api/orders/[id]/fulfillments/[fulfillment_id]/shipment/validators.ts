import { z } from "@medusajs/framework/zod"

/** `POST /lapas-api/orders/:id/fulfillments/:fulfillment_id/shipment` */
export const ShipPartSchema = z
  .object({
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
