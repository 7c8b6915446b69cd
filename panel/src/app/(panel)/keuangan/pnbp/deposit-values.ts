import { compactCode, isDay, parseRupiahInput } from "@/lib/periods"

export type DepositField = "ntpn" | "billing_code" | "deposited_on" | "amount" | "period_from" | "period_to"
export type DepositProblem = "ntpn" | "billing" | "date" | "amount" | "period"

export interface DepositValues {
  lapas_id?: string
  ntpn: string
  billing_code: string
  deposited_on: string
  amount: string
  period_from: string
  period_to: string
  note?: string
}

/**
 * The deposit form's fields as the API takes them, or the problem of each field that is wrong
 * (checked here so a person sees them at once; the API checks them again).
 */
export function readDeposit(
  get: (name: string) => string
): { values: DepositValues; problems?: undefined } | { values?: undefined; problems: Partial<Record<DepositField, DepositProblem>> } {
  const problems: Partial<Record<DepositField, DepositProblem>> = {}
  const ntpn = compactCode(get("ntpn"))
  if (!/^[0-9A-Z]{16}$/.test(ntpn)) problems.ntpn = "ntpn"
  const billing = compactCode(get("billing_code"))
  if (!/^\d{15}$/.test(billing)) problems.billing_code = "billing"
  const depositedOn = get("deposited_on")
  if (!isDay(depositedOn)) problems.deposited_on = "date"
  const amount = parseRupiahInput(get("amount"))
  if (!amount) problems.amount = "amount"
  const from = get("period_from")
  const to = get("period_to")
  if (!isDay(from)) problems.period_from = "date"
  if (!isDay(to)) problems.period_to = "date"
  else if (isDay(from) && from > to) problems.period_to = "period"
  if (Object.keys(problems).length) return { problems }
  const note = get("note")
  const lapasId = get("lapas_id")
  return {
    values: {
      ...(lapasId ? { lapas_id: lapasId } : {}),
      ntpn,
      billing_code: billing,
      deposited_on: depositedOn,
      amount: amount!,
      period_from: from,
      period_to: to,
      ...(note ? { note } : {}),
    },
  }
}
