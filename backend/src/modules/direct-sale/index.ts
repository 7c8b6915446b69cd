import { Module } from "@medusajs/framework/utils"
import DirectSaleModuleService from "./service"

export const DIRECT_SALE_MODULE = "direct_sale"

export default Module(DIRECT_SALE_MODULE, {
  service: DirectSaleModuleService,
})
