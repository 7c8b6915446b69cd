import { MedusaService } from "@medusajs/framework/utils"
import { CashClosing } from "./models/cash-closing"
import { DirectSale } from "./models/direct-sale"
import { VenueStockMove } from "./models/stock-move"
import { Venue } from "./models/venue"

class DirectSaleModuleService extends MedusaService({ Venue, DirectSale, VenueStockMove, CashClosing }) {}

export default DirectSaleModuleService
