import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { XenditProviderService } from "./service"

/** Payment provider `pp_xendit_xendit`: QRIS, virtual accounts and e-wallets through Xendit (see README.md). */
export default ModuleProvider(Modules.PAYMENT, {
  services: [XenditProviderService],
})

export { XenditProviderService }
export type { XenditOptions } from "./service"
export type { XenditPaymentData } from "./payment-request"
export { signSplit, verifySplit, splitProblems, type XenditSplit, type XenditSplitRoute } from "./split"
export { verifyCallbackToken, webhookEventId, webhookAction, webhookSessionId, headerValue } from "./webhook"
