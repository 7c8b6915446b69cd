import { Module } from "@medusajs/framework/utils"
import SearchModuleService from "./service"

/** Not "search": that key is Medusa's own (experimental) Search Module's. */
export const SEARCH_MODULE = "product_search"

export default Module(SEARCH_MODULE, {
  service: SearchModuleService,
})
