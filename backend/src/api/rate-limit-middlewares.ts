import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import type { ErrorResponse } from "@karya-binaan/contracts"
import { clientOf, rateLimits, subjectKey, type Verdict } from "../lib/security/rate-limits"

/** "3 menit" / "40 detik": how long to wait, for the Indonesian messages of the store routes. */
export function waitInIndonesian(seconds: number): string {
  return seconds < 60 ? `${seconds} detik` : `${Math.ceil(seconds / 60)} menit`
}

function waitInEnglish(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`
  const minutes = Math.ceil(seconds / 60)
  return `${minutes} minute${minutes === 1 ? "" : "s"}`
}

/** 429 in the repo's error shape, with Retry-After in seconds. */
export function tooManyRequests(res: MedusaResponse, verdict: Extract<Verdict, { allowed: false }>, message: string) {
  res.setHeader("Retry-After", String(verdict.retryAfterSec))
  res.status(429).json({ type: "too_many_requests", message } satisfies ErrorResponse<"too_many_requests">)
}

/**
 * Runs `settle(status)` when the handler (or Medusa's error handler) answers with res.json, and
 * sends the answer only after it, so the next request already sees the counts this one left.
 */
function settleBeforeAnswer(req: MedusaRequest, res: MedusaResponse, settle: (status: number) => Promise<void>) {
  const json = res.json.bind(res)
  let settled = false
  res.json = ((body: unknown) => {
    if (settled) return json(body)
    settled = true
    settle(res.statusCode)
      .catch((error) => {
        req.scope.resolve("logger").error(`rate limits: could not record the outcome: ${(error as Error).message}`)
      })
      .finally(() => json(body))
    return res
  }) as MedusaResponse["json"]
}

/**
 * POST /auth/:actor_type/emailpass (every actor type: customer, user, lapas_member): counted per
 * client, per account (actor type + email) and per pair (lib/security/rate-limits.ts FailureGate).
 * A 2xx answer is a success, a 401 a failed guess; anything else (a 400 for a malformed body)
 * tested no password and is not counted.
 */
async function limitLogin(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const gate = rateLimits().login
    const client = clientOf(req)
    const account = `${String(req.params.actor_type).toLowerCase()}:${subjectKey((req.body as any)?.email)}`
    const verdict = await gate.attempt(account, client)
    if (!verdict.allowed) {
      return tooManyRequests(
        res,
        verdict,
        `Too many failed logins. Try again in ${waitInEnglish(verdict.retryAfterSec)}, or reset your password.`
      )
    }
    settleBeforeAnswer(req, res, async (status) => {
      if (status >= 200 && status < 300) await gate.succeeded(account, client)
      else if (status !== 401) await gate.notCounted(account, client)
    })
    return next()
  } catch (error) {
    return next(error)
  }
}

/**
 * POST /auth/:actor_type/emailpass/reset-password: every request counts, per email and per client.
 * The answer (201, or 429 beyond a limit) does not depend on whether the email has an account.
 */
async function limitPasswordReset(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const account = `${String(req.params.actor_type).toLowerCase()}:${subjectKey((req.body as any)?.identifier)}`
    const verdict = await rateLimits().passwordReset.take(account, clientOf(req))
    if (!verdict.allowed) {
      return tooManyRequests(
        res,
        verdict,
        `Too many password reset requests. Try again in ${waitInEnglish(verdict.retryAfterSec)}; check your inbox (and spam folder) for the link already sent.`
      )
    }
    return next()
  } catch (error) {
    return next(error)
  }
}

/** POST /store/carts/:id/complete: every request counts, per cart and per client (generous: buyers retry). */
async function limitCheckout(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const verdict = await rateLimits().checkout.take(`cart:${req.params.id}`, clientOf(req))
    if (!verdict.allowed) {
      return tooManyRequests(
        res,
        verdict,
        `Terlalu banyak percobaan menyelesaikan pesanan. Tunggu ${waitInIndonesian(verdict.retryAfterSec)} lalu coba lagi.`
      )
    }
    return next()
  } catch (error) {
    return next(error)
  }
}

/** The order lookup counts its failures in its route (a correct email + number is checked first). */
export const rateLimitMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/auth/:actor_type/emailpass", middlewares: [limitLogin] },
  { method: ["POST"], matcher: "/auth/:actor_type/emailpass/reset-password", middlewares: [limitPasswordReset] },
  { method: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [limitCheckout] },
]
