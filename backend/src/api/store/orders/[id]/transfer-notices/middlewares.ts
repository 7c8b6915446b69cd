import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { transferNoticeBody } from "@karya-binaan/contracts"
import { isCalendarDay } from "../../../../../modules/profit-share/reports/period"
import { clientOf, rateLimits } from "../../../../../lib/security/rate-limits"
import { tooManyRequests, waitInIndonesian } from "../../../../rate-limit-middlewares"
import { parseMultipart } from "../../../../utils/multipart"

/** The proof photo: at most this many bytes in the whole request (as the lapas's confirmation). */
export const NOTICE_PROOF_MAX_BYTES = 8_000_000

/** The contract's schema, with the day a real calendar day (the contract checks its shape only). */
const schema = transferNoticeBody.refine((body) => isCalendarDay(body.transferred_on), {
  path: ["transferred_on"],
  message: "Tanggal transfer tidak ada di kalender; tulis YYYY-MM-DD, misalnya 2026-12-07.",
})

/**
 * Parses the body into req.validatedBody; a refusal is a 400 in the schema's Indonesian words,
 * each naming its field in brackets, e.g. "Tulis jumlah yang Anda transfer, misalnya 125000. (amount)".
 */
function validateNotice(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const result = schema.safeParse(req.body ?? {})
  if (!result.success) {
    const messages = result.error.issues
      .slice(0, 5)
      .map((issue) => (issue.path.length ? `${issue.message} (${issue.path.join(".")})` : issue.message))
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, [...new Set(messages)].join(" ")))
  }
  req.validatedBody = result.data
  next()
}

/**
 * Counts every well-formed notice per order and per client (LIMITS.transferNotice): each one
 * stores a photo and e-mails the lapas, so a flood is refused before either. Runs after
 * validation: a malformed request costs nothing further and is not counted.
 */
async function limitTransferNotices(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const verdict = await rateLimits().transferNotice.take(`order:${req.params.id}`, clientOf(req))
    if (!verdict.allowed) {
      return tooManyRequests(
        res,
        verdict,
        `Terlalu banyak pemberitahuan transfer untuk pesanan ini. Tunggu ${waitInIndonesian(verdict.retryAfterSec)} lalu coba lagi.`
      )
    }
    return next()
  } catch (error) {
    return next(error)
  }
}

export const transferNoticeMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/orders/:id/transfer-notices",
    middlewares: [
      parseMultipart({ fileFields: ["proof"], maxBytes: NOTICE_PROOF_MAX_BYTES }),
      validateNotice,
      limitTransferNotices,
    ],
  },
]
