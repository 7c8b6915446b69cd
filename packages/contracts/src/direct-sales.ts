import { z } from "zod"
import { calendarDay, isoDateTime } from "./dates"
import { wholeRupiah, type Rupiah } from "./money"

/**
 * Penjualan langsung: sales a lapas makes itself, away from the web shop (an exhibition stand,
 * its showroom, the gate, the staff cooperative), and services sold at the counter. Each is a
 * Medusa order on the "Penjualan Langsung" sales channel, paid at once, so it is booked like an
 * online sale.
 */

/** Where a lapas sells directly. An event (pameran, bazaar, Temu Bisnis) has its own stock location. */
export const VENUE_KINDS = ["event", "showroom", "gate", "cooperative"] as const
export type VenueKind = (typeof VENUE_KINDS)[number]

export const VENUE_KIND_LABELS: Record<VenueKind, { id: string; en: string }> = {
  event: { id: "Pameran / acara", en: "Exhibition / event" },
  showroom: { id: "Showroom / galeri", en: "Showroom / gallery" },
  gate: { id: "Penjualan di gerbang", en: "Gate sales" },
  cooperative: { id: "Koperasi pegawai", en: "Staff cooperative" },
}

/**
 * The channel a sale is booked under (ledger entries carry it): the web shop, or the kind of
 * venue of a direct sale. Reports total per channel.
 */
export const SALE_CHANNELS = ["online", ...VENUE_KINDS] as const
export type SaleChannel = (typeof SALE_CHANNELS)[number]

export const SALE_CHANNEL_LABELS: Record<SaleChannel, { id: string; en: string }> = {
  online: { id: "Toko online", en: "Online shop" },
  ...VENUE_KIND_LABELS,
}

/** Order metadata key of a direct sale's order: `{ direct_sale_id, venue_id, venue_kind }`. */
export const DIRECT_SALE_ORDER_METADATA_KEY = "direct_sale"

/** The Medusa sales channel every direct sale's order is placed on (no publishable key links it). */
export const DIRECT_SALES_CHANNEL_NAME = "Penjualan Langsung Lapas"

/** Medusa product type value of services (jasa): no stock, sold at the counter and optionally online. */
export const SERVICE_PRODUCT_TYPE = "jasa"

export const DIRECT_PAYMENT_METHODS = ["cash", "qris", "transfer", "card"] as const
export type DirectPaymentMethod = (typeof DIRECT_PAYMENT_METHODS)[number]

export const DIRECT_PAYMENT_METHOD_LABELS: Record<DirectPaymentMethod, { id: string; en: string }> = {
  cash: { id: "Tunai", en: "Cash" },
  qris: { id: "QRIS", en: "QRIS" },
  transfer: { id: "Transfer bank", en: "Bank transfer" },
  card: { id: "Kartu (EDC)", en: "Card (EDC)" },
}

// ---------------------------------------------------------------------------------------------
// Venues

export interface Venue {
  id: string
  lapas_id: string
  kind: VenueKind
  name: string
  place: string | null
  /** Events only: their first and last day (YYYY-MM-DD, the lapas's calendar). */
  starts_on: string | null
  ends_on: string | null
  /** Events hold their own stock (a Medusa stock location); other venues sell from the lapas's own. */
  has_own_stock: boolean
  /** The largest discount a cashier may give at this venue, in basis points of the sale (0 = none). */
  max_discount_bp: number
  /** Closed venues take no new sales; a closed event has returned its unsold stock. */
  closed_at: string | null
}

export interface ListVenuesResponse {
  venues: Venue[]
}

export const CreateEventVenueSchema = z
  .object({
    name: z.string({ error: "Name the event (name)" }).trim().min(2, "Name the event (name)").max(120),
    place: z.string().trim().max(200).optional(),
    starts_on: calendarDay("starts_on"),
    ends_on: calendarDay("ends_on"),
    max_discount_bp: z.number().int("max_discount_bp is a whole number").min(0).max(5000, "A discount is at most 50 % (5000)").default(0),
  })
  .strict()
  .refine((v) => v.ends_on >= v.starts_on, { message: "The event ends on or after it starts (ends_on ≥ starts_on)", path: ["ends_on"] })
export type CreateEventVenueRequest = z.input<typeof CreateEventVenueSchema>

export const UpdateVenueSchema = z
  .object({
    name: z.string().trim().min(2).max(120).optional(),
    place: z.string().trim().max(200).nullable().optional(),
    max_discount_bp: z.number().int().min(0).max(5000, "A discount is at most 50 % (5000)").optional(),
  })
  .strict()
export type UpdateVenueRequest = z.input<typeof UpdateVenueSchema>

export interface VenueResponse {
  venue: Venue
}

/** Moving stock between the lapas's own location and an event's. */
export const VenueStockMoveSchema = z
  .object({
    direction: z.enum(["to_venue", "from_venue"], { error: "direction is to_venue or from_venue" }),
    lines: z
      .array(
        z
          .object({
            variant_id: z.string().trim().min(1, "Each line names a variant (variant_id)"),
            quantity: z.number().int("Quantities are whole units").min(1, "Move at least 1 unit").max(100_000),
          })
          .strict()
      )
      .min(1, "List what to move (lines)")
      .max(200),
  })
  .strict()
export type VenueStockMoveRequest = z.input<typeof VenueStockMoveSchema>

export interface VenueStockRow {
  variant_id: string
  product_id: string
  title: string
  variant_title: string | null
  sku: string | null
  /** Units at the venue's location (may be negative after an oversold offline sale). */
  quantity: number
}

export interface VenueStockResponse {
  venue: Venue
  stock: VenueStockRow[]
}

// ---------------------------------------------------------------------------------------------
// Direct sales

export const DirectSaleLineSchema = z
  .object({
    variant_id: z.string({ error: "Each line names a variant (variant_id)" }).trim().min(1, "Each line names a variant (variant_id)"),
    quantity: z
      .number({ error: "quantity is a whole number of units" })
      .int("quantity is a whole number of units")
      .min(1, "quantity is at least 1")
      .max(10_000, "quantity is at most 10,000"),
  })
  .strict()

export const RecordDirectSaleSchema = z
  .object({
    /** Made by the device when the sale is entered (a UUID); the server books each id once. */
    client_id: z.string({ error: "client_id is the sale's id from the device (a UUID)" }).uuid("client_id is a UUID"),
    venue_id: z.string({ error: "Choose where the sale is made (venue_id)" }).trim().min(1, "Choose where the sale is made (venue_id)"),
    lines: z
      .array(DirectSaleLineSchema, { error: "List what is sold (lines)" })
      .min(1, "A sale has at least one line")
      .max(100, "A sale has at most 100 lines")
      .refine((lines) => new Set(lines.map((l) => l.variant_id)).size === lines.length, "Each variant appears once in lines"),
    /** Whole rupiah off the sale, within the venue's max_discount_bp. */
    discount: wholeRupiah.default(0),
    payment_method: z.enum(DIRECT_PAYMENT_METHODS, { error: "payment_method is cash, qris, transfer or card" }),
    /** Cash handed over (cash only); at least the total. */
    tendered: wholeRupiah.optional(),
    /** When the sale was made, as the device saw it (ISO 8601); not in the future, at most 60 days back. */
    sold_at: isoDateTime("sold_at"),
    buyer: z
      .object({
        name: z.string().trim().max(120).optional(),
        email: z.string().trim().email("The buyer's e-mail is not valid").max(200).optional(),
        /** Indonesian mobile number for the WhatsApp receipt link, e.g. 0812… or +62812… */
        phone: z
          .string()
          .trim()
          .regex(/^(\+62|62|0)8\d{7,12}$/, "The buyer's phone is an Indonesian mobile number, e.g. 081234567890")
          .optional(),
      })
      .strict()
      .optional(),
    note: z.string().trim().max(500).optional(),
  })
  .strict()
  .refine((sale) => sale.payment_method !== "cash" || sale.tendered !== undefined, {
    message: "For a cash sale, say how much the buyer handed over (tendered)",
    path: ["tendered"],
  })
  .refine((sale) => sale.payment_method === "cash" || sale.tendered === undefined, {
    message: "tendered is only for cash sales",
    path: ["tendered"],
  })
export type RecordDirectSaleRequest = z.input<typeof RecordDirectSaleSchema>

export interface DirectSaleLine {
  variant_id: string
  product_id: string
  title: string
  variant_title: string | null
  sku: string | null
  quantity: number
  unit_price: Rupiah
  /** quantity × unit_price, before the sale's discount. */
  subtotal: Rupiah
  is_service: boolean
}

/** A line sold beyond what the venue's location held: the goods left the stand, staff settle it. */
export interface DirectSaleStockWarning {
  variant_id: string
  title: string
  quantity: number
  /** Units at the location just before the sale (can be negative already). */
  available_before: number
}

export interface DirectSale {
  id: string
  client_id: string
  lapas_id: string
  venue: { id: string; kind: VenueKind; name: string }
  order_id: string | null
  display_id: number | null
  cashier: { id: string; name: string }
  lines: DirectSaleLine[]
  subtotal: Rupiah
  discount: Rupiah
  total: Rupiah
  payment_method: DirectPaymentMethod
  tendered: Rupiah | null
  change: Rupiah | null
  /** When the device says it was sold; recorded_at is when the server received it. */
  sold_at: string
  recorded_at: string
  /** The lapas's calendar day of sold_at (YYYY-MM-DD): the day it closes with. */
  business_date: string
  stock_warnings: DirectSaleStockWarning[]
  /** When staff settled the stock warnings; null while any is open (or there are none). */
  stock_settled_at: string | null
  stock_settle_note: string | null
  buyer: { name?: string; email?: string; phone?: string } | null
  note: string | null
  status: "completed" | "voided"
  voided_at: string | null
  void_reason: string | null
  /** Path of the buyer's receipt page on the storefront, e.g. /struk/<token> (unguessable). */
  receipt_path: string
}

export interface RecordDirectSaleResponse {
  direct_sale: DirectSale
  /** True when this client_id was already recorded: nothing new was booked. */
  replayed: boolean
}

export interface ListDirectSalesResponse {
  direct_sales: DirectSale[]
  count: number
  limit: number
  offset: number
}

export interface DirectSaleResponse {
  direct_sale: DirectSale
}

export const VoidDirectSaleSchema = z
  .object({
    reason: z.string({ error: "Say why the sale is voided (reason)" }).trim().min(5, "Say why the sale is voided, in at least 5 characters (reason)").max(500),
  })
  .strict()
export type VoidDirectSaleRequest = z.input<typeof VoidDirectSaleSchema>

// ---------------------------------------------------------------------------------------------
// Daily closing (tutup kas)

export interface CashClosingMethodTotal {
  payment_method: DirectPaymentMethod
  sale_count: number
  /** What the day's sales say was taken by this method (voided sales excluded). */
  expected: Rupiah
}

export interface CashClosing {
  id: string
  lapas_id: string
  venue: { id: string; kind: VenueKind; name: string }
  cashier: { id: string; name: string }
  business_date: string
  by_method: CashClosingMethodTotal[]
  opening_float: Rupiah
  /** opening_float + expected cash. */
  expected_cash: Rupiah
  counted_cash: Rupiah
  /** counted_cash − expected_cash: negative when short. */
  difference: Rupiah
  reason: string | null
  closed_at: string
}

/** The day so far, before closing: what the drawer should hold. */
export interface CashClosingPreview {
  venue: { id: string; kind: VenueKind; name: string }
  cashier: { id: string; name: string }
  business_date: string
  by_method: CashClosingMethodTotal[]
  sales: DirectSale[]
  closing: CashClosing | null
  /**
   * Ids of the sales above recorded after the day was closed (kept offline, synced later): they
   * are in by_method but not in the closing's snapshot. Empty while the day is open.
   */
  after_closing_sale_ids?: string[]
}

export const CloseCashSchema = z
  .object({
    venue_id: z.string().trim().min(1, "Choose the venue (venue_id)"),
    business_date: calendarDay("business_date"),
    opening_float: wholeRupiah.default(0),
    counted_cash: wholeRupiah,
    reason: z.string().trim().min(5, "Explain the difference in at least 5 characters (reason)").max(500).optional(),
  })
  .strict()
export type CloseCashRequest = z.input<typeof CloseCashSchema>

export interface CashClosingResponse {
  closing: CashClosing
}
