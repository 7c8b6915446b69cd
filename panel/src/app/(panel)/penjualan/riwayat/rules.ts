/**
 * Pure rules of the pages around the till (history, one sale, events, cash closing): the list's
 * filters in the address bar, a sale's badges and number, the buyer's receipt link and its
 * WhatsApp link, and the field an API 400 message names. No server-only imports: tested in jsdom.
 */
import type { DirectSale } from "@karya-binaan/contracts"
import { whatsappShareLink } from "@karya-binaan/contracts"
import type { Tone } from "@/components/badge"

type Params = Record<string, string | string[] | undefined>
const one = (value: string | string[] | undefined) => ((Array.isArray(value) ? value[0] : value) ?? "").trim()

/** A calendar day YYYY-MM-DD that exists. */
export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** YYYY-MM-DD of `now` in the lapas's zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now)
}

/** The history's filters as the address bar carries them (Indonesian names, like ?halaman=). */
export interface HistoryFilters {
  venueId?: string
  day?: string
  /** A `hari` was given but is no calendar day (ignored, and said so). */
  dayInvalid: boolean
  status?: "completed" | "voided"
  warnings: boolean
  page: number
  /** National members: the lapas they picked. */
  lapasId?: string
}

export function parseHistoryFilters(params: Params): HistoryFilters {
  const day = one(params.hari)
  const status = one(params.status)
  return {
    venueId: one(params.tempat) || undefined,
    day: isDay(day) ? day : undefined,
    dayInvalid: day !== "" && !isDay(day),
    status: status === "selesai" ? "completed" : status === "batal" ? "voided" : undefined,
    warnings: one(params.minus) === "1",
    page: Math.max(1, Number.parseInt(one(params.halaman), 10) || 1),
    lapasId: one(params.lapas) || undefined,
  }
}

/** The filters back as query parameters (without the page), for pagination and links. */
export function historyQuery(filters: Omit<HistoryFilters, "page" | "dayInvalid">): Record<string, string> {
  const query: Record<string, string> = {}
  if (filters.lapasId) query.lapas = filters.lapasId
  if (filters.venueId) query.tempat = filters.venueId
  if (filters.day) query.hari = filters.day
  if (filters.status) query.status = filters.status === "completed" ? "selesai" : "batal"
  if (filters.warnings) query.minus = "1"
  return query
}

export type SaleBadgeKey = "voided" | "stockMinus" | "stockSettled"

/** The badges a sale carries in the list and on its page: voided, and negative stock (open or settled). */
export function saleBadges(sale: Pick<DirectSale, "status" | "stock_warnings" | "stock_settled_at">): { key: SaleBadgeKey; tone: Tone }[] {
  const badges: { key: SaleBadgeKey; tone: Tone }[] = []
  if (sale.status === "voided") badges.push({ key: "voided", tone: "danger" })
  if (sale.stock_warnings.length > 0) {
    badges.push(sale.stock_settled_at ? { key: "stockSettled", tone: "neutral" } : { key: "stockMinus", tone: "warning" })
  }
  return badges
}

/** Whether staff still have to settle the sale's negative stock. */
export const needsStockSettlement = (sale: Pick<DirectSale, "status" | "stock_warnings" | "stock_settled_at">) =>
  sale.status === "completed" && sale.stock_warnings.length > 0 && !sale.stock_settled_at

/** "#1042" (the Medusa order's number), or the record's id tail before the order exists. */
export function saleNumber(sale: Pick<DirectSale, "display_id" | "id">): string {
  return sale.display_id != null ? `#${sale.display_id}` : sale.id.slice(-6).toUpperCase()
}

/** The buyer's receipt page on the storefront. */
export function receiptUrl(storefrontUrl: string, receiptPath: string): string {
  return `${storefrontUrl.replace(/\/+$/, "")}/${receiptPath.replace(/^\/+/, "")}`
}

/** A wa.me link that opens WhatsApp with the message, to the buyer's number when there is one. */
export function whatsappLink(message: string, phone?: string | null): string {
  return whatsappShareLink(phone, message)
}

/**
 * The API names the field of a refused body in brackets ("Say why the sale is voided (reason)").
 * Returns `{ field: message }` when it names one of the form's fields, so the form shows the
 * message under that field; null otherwise (the form shows it above its button).
 */
export function apiFieldErrors(message: string, fields: readonly string[]): Record<string, string> | null {
  // validateBody writes "Invalid request: field: message; …"; handlers write plain sentences.
  const text = message.replace(/^Invalid (?:request|query):\s*/, "")
  const path = /^([a-z_]+)(?:\.[\w.]+)?:\s/.exec(text)
  if (path && fields.includes(path[1])) return { [path[1]]: text.slice(path[0].length) }
  for (const match of text.matchAll(/\(([a-z_]+)[^)]*\)/g)) {
    if (fields.includes(match[1])) return { [match[1]]: text }
  }
  return null
}
