import "server-only"
import { getT } from "@/i18n/server"
import { commonMessages } from "@/i18n/common"
import { ApiError } from "./data/errors"

/**
 * The text a form shows for a failed call, in the member's language: `known` maps the statuses the
 * screen understands to its own texts (e.g. 401 → "E-mail atau kata sandi salah."); other 4xx show
 * the API's message; an unreachable backend and 5xx show a general text. Anything that is not an
 * ApiError (including Next's redirect and notFound signals) is thrown again.
 */
export async function describeError(error: unknown, known: Partial<Record<number, string>> = {}): Promise<string> {
  if (!(error instanceof ApiError)) throw error
  const text = known[error.status]
  if (text) return text
  const t = await getT(commonMessages)
  if (error.status === 0) return t("error.unreachable")
  if (error.status >= 400 && error.status < 500) return error.message
  return t("error.generic")
}
