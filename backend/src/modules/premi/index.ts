import { Module } from "@medusajs/framework/utils"
import PremiModuleService from "./service"

export const PREMI_MODULE = "premi"

export default Module(PREMI_MODULE, {
  service: PremiModuleService,
})
