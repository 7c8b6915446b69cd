import "server-only"
import { directSalesAdminMessages } from "@/i18n/direct-sales-admin"
import { getT } from "@/i18n/server"
import { isApiError } from "@/lib/data/api"
import { describeError } from "@/lib/form-errors"
import type { FormState } from "@/lib/forms"
import { apiFieldErrors } from "./rules"

/**
 * What a form of the pages around the till shows when the API refuses: a 400 that names one of
 * the form's `fields` goes under that field, anything else above the button (403 and 404 in
 * the member's words, other 4xx as the API said it). Keeps what was typed.
 */
export async function actionFailure(error: unknown, fields: readonly string[], values?: Record<string, string>): Promise<FormState> {
  if (isApiError(error) && error.status === 400) {
    const fieldErrors = apiFieldErrors(error.message, fields)
    if (fieldErrors) return { fieldErrors, values }
  }
  const t = await getT(directSalesAdminMessages)
  const text = await describeError(error, { 403: t("error.forbidden"), 404: t("error.notFound") })
  return { error: text, values }
}
