import { Module } from "@medusajs/framework/utils"
import LapasModuleService from "./service"

export const LAPAS_MODULE = "lapas"

export default Module(LAPAS_MODULE, {
  service: LapasModuleService,
})
