import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { buildOrderSummary, findOrderIdByNumberAndEmail } from "../../../../lib/orders/summary"
import { clientOf, rateLimits, subjectKey } from "../../../../lib/security/rate-limits"
import { tooManyRequests, waitInIndonesian } from "../../../rate-limit-middlewares"
import type { OrderLookup, OrderSummaryResponse } from "@karya-binaan/contracts"

/**
 * A guest finds their order by its number and the email it was placed with. A wrong number and
 * a wrong email answer the same 404, so neither can be probed. Failures are counted per client,
 * per email and per client × email (lib/security/rate-limits.ts FailureGate, LIMITS.lookup): a
 * client that failed too often gets 429 before anything is checked, but failures by other
 * clients on an email never stop a client that has not failed itself, so a buyer who knows their
 * number gets their order even while someone else guesses numbers for their email.
 */
export async function POST(req: MedusaRequest<OrderLookup>, res: MedusaResponse) {
  const { display_id, email } = req.validatedBody as OrderLookup
  const gate = rateLimits().lookup
  const subject = subjectKey(email)
  const client = clientOf(req)
  const verdict = await gate.attempt(subject, client)
  if (!verdict.allowed) {
    return tooManyRequests(
      res,
      verdict,
      `Terlalu banyak percobaan yang salah. Tunggu ${waitInIndonesian(verdict.retryAfterSec)} lalu coba lagi, atau periksa email konfirmasi pesanan Anda.`
    )
  }
  let orderId: string
  try {
    orderId = await findOrderIdByNumberAndEmail(req.scope, display_id, email)
  } catch (error) {
    const notFound = MedusaError.isMedusaError(error) && (error as MedusaError).type === MedusaError.Types.NOT_FOUND
    // Not found is the failure counted; any other error tested nothing.
    if (!notFound) await gate.notCounted(subject, client)
    throw error
  }
  await gate.succeeded(subject, client)
  const order = await buildOrderSummary(req.scope, orderId)
  res.json({ order } satisfies OrderSummaryResponse)
}
