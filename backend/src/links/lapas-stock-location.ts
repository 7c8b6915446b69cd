import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import LapasModule from "../modules/lapas"

/** Each lapas ships from its own stock location. */
export default defineLink(LapasModule.linkable.lapas, StockLocationModule.linkable.stockLocation)
