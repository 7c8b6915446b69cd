import {
  RecordDirectSaleSchema,
  type DirectPaymentMethod,
  type DirectSaleCatalogItem,
  type RecordDirectSaleRequest,
} from "@karya-binaan/contracts"
import { parseRupiahInput } from "@/lib/periods"

/**
 * The till's arithmetic, without React: the cart's lines and totals, the venue's discount limit,
 * the change, the quick cash amounts, and the sale the device queues (checked with the contract's
 * RecordDirectSaleSchema, the same rules the server applies). Whole rupiah throughout: amounts are
 * safe integers and the limit is computed with bigint, as the server does.
 */

export interface CartLine {
  variant_id: string
  title: string
  variant_title: string | null
  sku: string | null
  unit_price: number
  quantity: number
  is_service: boolean
  /** What the venue's location held when the catalogue was loaded (null: not tracked). */
  available: number | null
}

export const MAX_LINE_QUANTITY = 10_000
export const MAX_CART_LINES = 100

/** A catalogue item's price as a whole-rupiah number (the catalogue sends numbers while they are safe). */
export function priceOf(item: Pick<DirectSaleCatalogItem, "unit_price">): number {
  const value = Number(item.unit_price)
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`Not a whole-rupiah price: ${item.unit_price}`)
  return value
}

/** Adds one unit of the item (a new line at the end, or one more on its line). */
export function addItem(lines: readonly CartLine[], item: DirectSaleCatalogItem, quantity = 1): CartLine[] {
  const index = lines.findIndex((l) => l.variant_id === item.variant_id)
  if (index >= 0) return setQuantity(lines, item.variant_id, lines[index].quantity + quantity)
  if (lines.length >= MAX_CART_LINES) return [...lines]
  return [
    ...lines,
    {
      variant_id: item.variant_id,
      title: item.title,
      variant_title: item.variant_title,
      sku: item.sku,
      unit_price: priceOf(item),
      quantity: Math.min(Math.max(1, quantity), MAX_LINE_QUANTITY),
      is_service: item.is_service,
      available: item.available,
    },
  ]
}

/** Sets a line's quantity; 0 or less removes the line. */
export function setQuantity(lines: readonly CartLine[], variantId: string, quantity: number): CartLine[] {
  if (!Number.isFinite(quantity) || quantity <= 0) return removeLine(lines, variantId)
  const whole = Math.min(Math.floor(quantity), MAX_LINE_QUANTITY)
  return lines.map((l) => (l.variant_id === variantId ? { ...l, quantity: whole } : l))
}

export function removeLine(lines: readonly CartLine[], variantId: string): CartLine[] {
  return lines.filter((l) => l.variant_id !== variantId)
}

export const lineTotal = (line: CartLine) => line.unit_price * line.quantity

export function subtotalOf(lines: readonly CartLine[]): number {
  return lines.reduce((sum, line) => sum + lineTotal(line), 0)
}

/** The largest discount the venue allows on this subtotal: ⌊subtotal × bp / 10 000⌋, as the server rounds. */
export function maxDiscount(subtotal: number, maxDiscountBp: number): number {
  if (maxDiscountBp <= 0 || subtotal <= 0) return 0
  return Number((BigInt(subtotal) * BigInt(Math.floor(maxDiscountBp))) / 10_000n)
}

/** Whole rupiah as typed ("Rp 5.000", "5000"); "" is 0; null when it is not an amount. */
export function parseAmount(text: string): number | null {
  if (!text.trim()) return 0
  if (/^\s*(rp\.?\s*)?0+\s*$/i.test(text)) return 0
  const parsed = parseRupiahInput(text)
  if (parsed === null) return null
  const value = Number(parsed)
  return Number.isSafeInteger(value) ? value : null
}

export type DiscountProblem = "invalid" | "notAllowed" | "tooLarge"

/** Why the discount cannot be given at this venue, or null. */
export function discountProblem(discount: number | null, subtotal: number, maxDiscountBp: number): DiscountProblem | null {
  if (discount === null) return "invalid"
  if (discount === 0) return null
  if (maxDiscountBp <= 0) return "notAllowed"
  if (discount > maxDiscount(subtotal, maxDiscountBp)) return "tooLarge"
  return null
}

export interface CartTotals {
  subtotal: number
  discount: number
  total: number
}

export function totalsOf(lines: readonly CartLine[], discount: number): CartTotals {
  const subtotal = subtotalOf(lines)
  const applied = Math.min(Math.max(0, discount), subtotal)
  return { subtotal, discount: applied, total: subtotal - applied }
}

/** Change for a cash payment; null while the cash handed over does not cover the total. */
export function changeFor(total: number, tendered: number | null): number | null {
  if (tendered === null || tendered < total) return null
  return tendered - total
}

const NOTES = [2_000, 5_000, 10_000, 20_000, 50_000, 100_000] as const

/**
 * Buttons for the cash a buyer is likely to hand over: the exact total, then the total rounded up
 * to the next 5 000, 10 000, 20 000, 50 000 and 100 000 (distinct, ascending, at most five).
 */
export function quickAmounts(total: number): number[] {
  if (total <= 0) return []
  const amounts = new Set<number>([total])
  for (const note of NOTES) {
    const up = Math.ceil(total / note) * note
    if (up > total) amounts.add(up)
  }
  return [...amounts].sort((a, b) => a - b).slice(0, 5)
}

/** Lines the cart sells beyond what the catalogue last said the venue holds (for a warning before the sale). */
export function shortLines(lines: readonly CartLine[]): CartLine[] {
  return lines.filter((l) => l.available !== null && l.quantity > l.available)
}

export interface SaleDraft {
  venue_id: string
  lines: readonly CartLine[]
  discount: number
  payment_method: DirectPaymentMethod
  tendered: number | null
  buyer: { name: string; email: string; phone: string }
  note?: string
}

export type BuiltSale =
  | { ok: true; sale: RecordDirectSaleRequest & { discount: number } }
  | { ok: false; issues: { path: string; message: string }[] }

/**
 * The request the device queues for a finished sale: its own id and time, checked with the
 * contract's schema (the server refuses the same things, so a sale that passes here is only refused
 * later for what the device could not know: a closed venue, a price changed meanwhile).
 */
export function buildSale(draft: SaleDraft, clientId: string, soldAt: Date): BuiltSale {
  const buyer = Object.fromEntries(
    Object.entries({ name: draft.buyer.name.trim(), email: draft.buyer.email.trim(), phone: draft.buyer.phone.replace(/[\s-]/g, "") }).filter(
      ([, v]) => v
    )
  )
  const request = {
    client_id: clientId,
    venue_id: draft.venue_id,
    lines: draft.lines.map((l) => ({ variant_id: l.variant_id, quantity: l.quantity })),
    discount: draft.discount,
    payment_method: draft.payment_method,
    ...(draft.payment_method === "cash" ? { tendered: draft.tendered ?? undefined } : {}),
    sold_at: soldAt.toISOString(),
    ...(Object.keys(buyer).length ? { buyer } : {}),
    ...(draft.note?.trim() ? { note: draft.note.trim() } : {}),
  }
  const parsed = RecordDirectSaleSchema.safeParse(request)
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) }
  }
  return { ok: true, sale: parsed.data as RecordDirectSaleRequest & { discount: number } }
}

/**
 * A new sale's id: crypto.randomUUID() where the browser offers it (secure contexts: https and
 * localhost), else a version-4 UUID from crypto.getRandomValues (a till on a plain-http LAN address).
 */
export function newClientId(source: Pick<Crypto, "getRandomValues"> & { randomUUID?: () => string } = crypto): string {
  if (typeof source.randomUUID === "function") return source.randomUUID()
  const bytes = source.getRandomValues(new Uint8Array(16))
  bytes[6] = (bytes[6] & 0x0f) | 0x40
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("")
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
