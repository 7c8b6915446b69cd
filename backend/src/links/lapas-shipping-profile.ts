import { defineLink } from "@medusajs/framework/utils"
import FulfillmentModule from "@medusajs/medusa/fulfillment"
import LapasModule from "../modules/lapas"

/**
 * Each lapas has its own shipping profile: its products and its delivery options. Medusa then
 * keeps one shipping method per lapas in a cart and asks for one per profile at completion.
 */
export default defineLink(LapasModule.linkable.lapas, FulfillmentModule.linkable.shippingProfile)
