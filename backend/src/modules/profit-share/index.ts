import { Module } from "@medusajs/framework/utils"
import ProfitShareModuleService from "./service"

export const PROFIT_SHARE_MODULE = "profit_share"

export default Module(PROFIT_SHARE_MODULE, {
  service: ProfitShareModuleService,
})
