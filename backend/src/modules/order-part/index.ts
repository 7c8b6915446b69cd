import { Module } from "@medusajs/framework/utils"
import OrderPartModuleService from "./service"

export const ORDER_PART_MODULE = "order_part"

export default Module(ORDER_PART_MODULE, {
  service: OrderPartModuleService,
})
