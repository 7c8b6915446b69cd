import { z } from "@medusajs/framework/zod"
import { lapasIdParam } from "../../validators"

/** `POST /lapas-api/orders/:id/fulfillments`: pack every open line of the part, or the lines named. */
export const FulfillPartSchema = z
  .object({
    lapas_id: lapasIdParam.optional(),
    items: z
      .array(
        z
          .object({
            id: z.string({ error: "items[].id is the order line to pack" }).trim().min(1, "items[].id is the order line to pack"),
            quantity: z
              .number({ error: "items[].quantity is how many units to pack, e.g. 1" })
              .int("items[].quantity is a whole number")
              .positive("items[].quantity must be at least 1"),
          })
          .strict(),
        { error: "items is a list of { id, quantity }" }
      )
      .min(1, "items names at least one line; leave it out to pack every open line")
      .max(100, "items has at most 100 lines")
      .optional(),
  })
  .strict()
export type FulfillPart = z.infer<typeof FulfillPartSchema>
