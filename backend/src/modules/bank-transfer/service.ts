import { MedusaService } from "@medusajs/framework/utils"
import { TransferConfirmation } from "./models/transfer-confirmation"
import { TransferNotice } from "./models/transfer-notice"

class BankTransferModuleService extends MedusaService({ TransferConfirmation, TransferNotice }) {}

export default BankTransferModuleService
