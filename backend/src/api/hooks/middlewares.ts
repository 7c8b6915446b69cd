import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { xenditConfig } from "../../lib/payments/xendit-config"
import { decideXenditWebhook } from "../../lib/payments/xendit-webhook"

/**
 * Before Medusa's POST /hooks/payment/xendit_xendit (which queues the event for its payment
 * processing and always answers 200): the callback token, once-per-event and late payments
 * (lib/payments/xendit-webhook.ts). Refused or already-handled events never reach Medusa.
 */
async function guardXenditWebhook(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const config = xenditConfig()
    if (!config) {
      res.status(404).json({ message: "Xendit payments are not configured on this server." })
      return
    }
    const decision = await decideXenditWebhook(req.scope, config, req.headers, req.body)
    if (decision.forward) return next()
    res.status(decision.status).json(decision.body)
  } catch (error) {
    next(error)
  }
}

export const paymentHookMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/hooks/payment/xendit_xendit", middlewares: [guardXenditWebhook] },
]
