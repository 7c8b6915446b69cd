import { MedusaService } from "@medusajs/framework/utils"
import { PaymentWebhookEvent } from "./models/payment-webhook-event"

class PaymentWebhookModuleService extends MedusaService({ PaymentWebhookEvent }) {}

export default PaymentWebhookModuleService
