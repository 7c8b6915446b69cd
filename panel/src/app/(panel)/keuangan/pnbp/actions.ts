"use server"

import { revalidatePath } from "next/cache"
import { formatRupiah } from "@karya-binaan/format"
import type { KeyOf } from "@/i18n/define"
import { financeMessages } from "@/i18n/finance"
import { getLocale, getT } from "@/i18n/server"
import { closePeriod, recordPnbpDeposit, reversePnbpDeposit } from "@/lib/data/finance"
import { describeError } from "@/lib/form-errors"
import { formText, type FormState } from "@/lib/forms"
import { isMonth, monthLabel } from "@/lib/periods"
import { readDeposit, type DepositProblem } from "./deposit-values"

const PROBLEM_TEXT: Record<DepositProblem, KeyOf<typeof financeMessages>> = {
  ntpn: "deposit.error.ntpn",
  billing: "deposit.error.billing",
  date: "deposit.error.date",
  amount: "deposit.error.amount",
  period: "deposit.error.period",
}

/** Records a PNBP deposit (NTPN, billing code, day, amount, the period it pays for). */
export async function recordDepositAction(_state: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(financeMessages)
  const typed = Object.fromEntries(
    ["ntpn", "billing_code", "deposited_on", "amount", "period_from", "period_to", "note"].map((name) => [name, formText(formData, name)])
  )
  const read = readDeposit((name) => formText(formData, name))
  if (read.problems) {
    const fieldErrors = Object.fromEntries(
      Object.entries(read.problems).map(([field, problem]) => [field, t(PROBLEM_TEXT[problem!])])
    )
    return { fieldErrors, values: typed }
  }
  try {
    const { pnbp_deposit } = await recordPnbpDeposit(read.values)
    revalidatePath("/keuangan/pnbp")
    revalidatePath("/keuangan")
    return { success: t("deposit.saved", { ntpn: pnbp_deposit.ntpn, amount: formatRupiah(pnbp_deposit.amount) }) }
  } catch (error) {
    const message = await describeError(error, { 409: t("deposit.error.duplicate") })
    const known = /is closed/.test(message) ? t("deposit.error.closed") : /in the future/.test(message) ? t("deposit.error.future") : message
    return { error: known, values: typed }
  }
}

/** Closes a month after the member ticked the confirmation. */
export async function closeMonthAction(_state: FormState, formData: FormData): Promise<FormState> {
  const [t, locale] = await Promise.all([getT(financeMessages), getLocale()])
  const month = formText(formData, "month")
  const lapasId = formText(formData, "lapas_id")
  if (!isMonth(month)) return { error: t("deposit.error.date") }
  if (formData.get("confirm") !== "yes") return { fieldErrors: { confirm: t("close.mustConfirm") } }
  if (formData.get("needs_confirmation") === "yes" && formData.get("confirm_difference") !== "yes") {
    return { fieldErrors: { confirm_difference: t("preview.mustConfirmDifference") } }
  }
  try {
    await closePeriod({ month, ...(lapasId ? { lapas_id: lapasId } : {}) })
    revalidatePath("/keuangan/pnbp")
    return { success: t("close.done", { month: monthLabel(month, locale) }) }
  } catch (error) {
    const message = await describeError(error, { 409: t("close.already") })
    if (/has not ended/.test(message)) return { error: t("close.notEnded") }
    return { error: /first:|close the months in order/.test(message) ? t("close.notInOrder", { message }) : message }
  }
}

/** Corrects a mistyped deposit: reverses it with the reason typed (the deposit stays, struck). */
export async function reverseDepositAction(_state: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(financeMessages)
  const id = formText(formData, "deposit_id")
  const ntpn = formText(formData, "ntpn")
  const reason = formText(formData, "reason")
  if (reason.length < 5) return { fieldErrors: { reason: t("reverse.reasonRequired") }, values: { reason } }
  try {
    await reversePnbpDeposit(id, { reason })
    revalidatePath("/keuangan/pnbp")
    revalidatePath("/keuangan")
    return { success: t("reverse.done", { ntpn }) }
  } catch (error) {
    const message = await describeError(error, { 409: t("reverse.already") })
    return { error: /is closed/.test(message) ? t("deposit.error.closed") : message, values: { reason } }
  }
}
