import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import LapasModule from "../modules/lapas"

/**
 * A product made under a partner agreement (MoU/PKS). Its sales are split by the agreement's
 * share policy when one is in force (see the profit-share module); a product has at most one
 * such agreement, an agreement may cover many products.
 */
export default defineLink(
  { linkable: LapasModule.linkable.lapasPartnerAgreement, filterable: ["id"] },
  { linkable: ProductModule.linkable.product, isList: true }
)
