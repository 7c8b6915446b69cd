import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The steps money takes, each logged once when it happens (or is found already done), so an
 * order's money can be followed across the server and worker processes by its id.
 */
export type MoneyStep =
  | "payment.captured"
  | "payment.refunded"
  | "transfer.confirmed"
  | "webhook.received"
  | "webhook.late_refund"
  | "shares.booked"
  | "shares.reversed"
  | "shares.corrected"
  | "premi.allocated"
  | "part.canceled"
  | "order.canceled"
  | "repair.done"

export interface MoneyLogFields {
  order_id?: string | null
  payment_id?: string | null
  lapas_id?: string | null
  /** Whole rupiah as a string (never a float). */
  amount?: string | null
  /** What happened: "booked", "nothing_new", "skipped: <reason>", … */
  outcome?: string
  [field: string]: unknown
}

/**
 * One structured log line per money step. In production Medusa's logger writes JSON lines, so the
 * fields (`money_step`, `order_id`, …) arrive as fields next to `message`; in development the
 * message alone is printed, which already names the order.
 */
export function moneyLog(
  from: MedusaContainer | Logger,
  step: MoneyStep,
  fields: MoneyLogFields,
  level: "info" | "warn" | "error" = "info"
) {
  const logger: Logger =
    "resolve" in from ? (from as MedusaContainer).resolve(ContainerRegistrationKeys.LOGGER) : (from as Logger)
  const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== null))
  const described = Object.entries(defined)
    .map(([key, value]) => `${key}=${typeof value === "object" ? JSON.stringify(value) : String(value)}`)
    .join(" ")
  // (level, message, fields): Medusa's logger passes these on to winston as they are, so the fields
  // land beside `message` in the JSON line. A single object would be taken as the message itself
  // (nested under "message", level always info).
  logger.log(level, `money ${step} ${described}`, { money_step: step, ...defined })
}
