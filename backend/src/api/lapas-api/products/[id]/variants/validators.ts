import { z } from "@medusajs/framework/zod"
import { variantFields } from "../../validators"

export { NoQuerySchema } from "../../validators"

/** `POST /lapas-api/products/:id/variants` */
export const CreateVariantSchema = z.object(variantFields).strict()

/** `POST /lapas-api/products/:id/variants/:variant_id`: any of the fields. */
export const UpdateVariantSchema = z
  .object({
    title: variantFields.title.optional(),
    sku: variantFields.sku,
    price: variantFields.price.optional(),
    manage_inventory: variantFields.manage_inventory,
    weight: variantFields.weight,
  })
  .strict()
