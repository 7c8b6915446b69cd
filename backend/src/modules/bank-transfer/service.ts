import { MedusaService } from "@medusajs/framework/utils"
import { TransferConfirmation } from "./models/transfer-confirmation"

class BankTransferModuleService extends MedusaService({ TransferConfirmation }) {}

export default BankTransferModuleService
