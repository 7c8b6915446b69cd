import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import LapasModule from "../modules/lapas"

/** Every product belongs to exactly one lapas; a lapas has many products. */
export default defineLink(
  { linkable: LapasModule.linkable.lapas, filterable: ["id", "handle", "name", "is_active"] },
  { linkable: ProductModule.linkable.product, isList: true }
)
