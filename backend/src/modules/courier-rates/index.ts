import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { CourierRatesProviderService } from "./service"

/** Fulfillment provider `courier-rates_courier-rates`: courier options priced by weight and destination. */
export default ModuleProvider(Modules.FULFILLMENT, {
  services: [CourierRatesProviderService],
})
