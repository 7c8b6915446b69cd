import { Module } from "@medusajs/framework/utils"
import LapasModuleService from "./service"

export const LAPAS_MODULE = "lapas"
/** Emitted with `{ id }` after a lapas is changed through the scoped API (`POST /lapas-api/lapas/:id`). */
export const LAPAS_UPDATED_EVENT = "lapas.updated"

export default Module(LAPAS_MODULE, {
  service: LapasModuleService,
})
