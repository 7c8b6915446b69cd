import { z } from "zod"
import type { BuyerTransferNotice, XenditPaymentView } from "./payments"
import type { OrderLine, PartCancellation, PaymentKind, ShippingKind } from "./order-parts"

/**
 * The buyer's order summary: items grouped by the lapas that made them, each part's shipping and
 * progress, the order's timeline and, for unpaid bank transfers, where to transfer what. Routes:
 * GET /store/orders/:id/summary, POST /store/orders/lookup. Amounts are whole rupiah, always
 * written as JSON numbers. No inmate, cost (HPP) or share data is ever part of it.
 */

/** Where one lapas's part stands, in the buyer's words. */
export const BUYER_PART_STATES = [
  "awaiting_payment",
  "processing",
  "ready_for_pickup",
  "shipped",
  "delivered",
  "picked_up",
  "canceled",
  "refunded",
] as const
export type BuyerPartState = (typeof BUYER_PART_STATES)[number]

/** The whole order's progress, from all its parts ("shipped": every part shipped or ready for pickup). */
export const BUYER_ORDER_PROGRESSES = [
  "awaiting_payment",
  "processing",
  "partially_shipped",
  "shipped",
  "delivered",
  "canceled",
  "refunded",
] as const
export type BuyerOrderProgress = (typeof BUYER_ORDER_PROGRESSES)[number]

export const TIMELINE_KEYS = [
  "placed",
  "paid",
  "shipped",
  "ready_for_pickup",
  "delivered",
  "picked_up",
  "canceled",
  "refunded",
] as const
export type TimelineKey = (typeof TIMELINE_KEYS)[number]

/** One shipped package of a part, as the buyer sees it. */
export interface BuyerShipment {
  /** The courier's code from COURIERS, or a legacy free-text courier as stored. */
  courier: string | null
  /** The courier's name ("JNE"). */
  courier_name: string | null
  resi: string | null
  /** The courier's tracking page of the resi; null for a courier not in the list. */
  tracking_url: string | null
  shipped_at: string | null
}

/** A part's progress; the dates are ISO instants, shown in the lapas's zone. */
export interface BuyerPartProgress {
  state: BuyerPartState
  /** The name(s) of the courier(s) of the shipped packages, joined with ", ". */
  courier: string | null
  /** The courier's tracking number(s). */
  resi: string | null
  /** Each shipped package with its courier, resi and tracking link, oldest first. */
  shipments: BuyerShipment[]
  paid_at: string | null
  ready_at: string | null
  shipped_at: string | null
  delivered_at: string | null
  /** Set when this part alone was canceled (the rest of the order goes on). */
  cancellation: PartCancellation | null
  /** Whole rupiah paid back for this part. */
  refunded_amount: number
}

/** One step of the order's history; `lapas_name` is null for steps of the whole order. */
export interface TimelineEntry {
  key: TimelineKey
  at: string
  lapas_name: string | null
  /** Shipped: the courier's name. */
  courier: string | null
  resi: string | null
  /** Shipped: the courier's tracking page of the resi (null for a courier not in the list). */
  tracking_url?: string | null
}

export interface OrderSummaryLapas {
  id: string
  handle: string
  name: string
  city: string
  province: string
  time_zone: string
}

export interface OrderSummaryItem extends OrderLine {
  product_handle: string | null
}

/** One lapas's part of the order as the buyer sees it. */
export interface OrderSummaryPart {
  /** null only for items of no lapas (none by design). */
  lapas: OrderSummaryLapas | null
  items: OrderSummaryItem[]
  shipping: { name: string; amount: number; kind: ShippingKind } | null
  subtotal: number
  total: number
  progress: BuyerPartProgress
}

export interface TransferAccount {
  lapas: { name: string; handle: string } | null
  bank_name: string | null
  account_number: string | null
  account_holder: string | null
  amount: number
  /** The buyer's "Saya sudah transfer" for this part, once given. */
  notice: BuyerTransferNotice | null
}

export interface TransferInstructions {
  due_at: string
  total: number
  /** The parts still awaiting the buyer's transfer (confirmed parts drop out). */
  accounts: TransferAccount[]
}

export interface OrderSummaryAddress {
  first_name: string | null
  last_name: string | null
  address_1: string | null
  /** The kelurahan when address_2 names "kecamatan, kelurahan"; a legacy address's own second line. */
  address_2: string | null
  city: string | null
  province: string | null
  postal_code: string | null
  phone: string | null
  /** Kecamatan: from address_2 ("Gubeng" or "Gubeng, Airlangga"), or a legacy address's metadata.district. */
  district: string | null
}

export interface OrderSummary {
  id: string
  display_id: number
  created_at: string
  email: string | null
  status: string
  payment_status: string
  fulfillment_status: string
  currency_code: string
  subtotal: number
  shipping_total: number
  discount_total: number
  tax_total: number
  total: number
  shipping_address: OrderSummaryAddress | null
  /** The lapas parts, in the order the buyer added their first items. JSON key as the API spells it. */
  groups: OrderSummaryPart[]
  progress: BuyerOrderProgress
  /** Oldest first. */
  timeline: TimelineEntry[]
  payment: {
    provider_id: string | null
    kind: PaymentKind
    status: string
    /** Only while a bank transfer is awaited. */
    transfer: TransferInstructions | null
    /** Only for orders paid through Xendit (QRIS, virtual account, e-wallet). */
    xendit: XenditPaymentView | null
  }
}

/** `GET /store/orders/:id/summary` and `POST /store/orders/lookup` */
export interface OrderSummaryResponse {
  order: OrderSummary
}

/** The most orders one page of `GET /store/orders/summaries` holds. */
export const ORDER_SUMMARIES_MAX_LIMIT = 50

/** `GET /store/orders/summaries`: a page of the logged-in customer's orders, newest first. */
export const orderSummariesQuery = z
  .object({
    limit: z.coerce
      .number({ error: `limit is a number from 1 to ${ORDER_SUMMARIES_MAX_LIMIT}` })
      .int(`limit is a number from 1 to ${ORDER_SUMMARIES_MAX_LIMIT}`)
      .min(1, `limit is a number from 1 to ${ORDER_SUMMARIES_MAX_LIMIT}`)
      .max(ORDER_SUMMARIES_MAX_LIMIT, `limit is a number from 1 to ${ORDER_SUMMARIES_MAX_LIMIT}`)
      .default(20),
    offset: z.coerce
      .number({ error: "offset is 0 or more" })
      .int("offset is 0 or more")
      .min(0, "offset is 0 or more")
      .default(0),
  })
  .strict()
export type OrderSummariesQuery = z.infer<typeof orderSummariesQuery>

/** `GET /store/orders/summaries`: the account's order list in one request, each order as its summary. */
export interface OrderSummaryListResponse {
  orders: OrderSummary[]
  count: number
  limit: number
  offset: number
}

const ORDER_NUMBER_MESSAGE = "Nomor pesanan berupa angka, misalnya 1024."
/** `order.display_id` is a PostgreSQL integer; a larger number is no order of ours, not a server error. */
const MAX_ORDER_NUMBER = 2_147_483_647

/**
 * `POST /store/orders/lookup`: the order number (1024 or "#1024") and the email it was placed
 * with. The backend validates the body with it; the storefront's lookup form checks its fields
 * with it before asking.
 */
export const orderLookupBody = z
  .object({
    display_id: z.union(
      [
        z.number({ error: ORDER_NUMBER_MESSAGE }).int(ORDER_NUMBER_MESSAGE).positive(ORDER_NUMBER_MESSAGE),
        z
          .string({ error: ORDER_NUMBER_MESSAGE })
          .trim()
          .regex(/^#?\d{1,10}$/, ORDER_NUMBER_MESSAGE)
          .transform((value) => Number(value.replace(/^#/, ""))),
      ],
      { error: ORDER_NUMBER_MESSAGE }
    ),
    email: z
      .string({ error: "Isi email yang Anda pakai saat memesan." })
      .trim()
      .email("Isi email yang Anda pakai saat memesan, misalnya nama@contoh.com."),
  })
  .refine((body) => body.display_id > 0 && body.display_id <= MAX_ORDER_NUMBER, {
    message: ORDER_NUMBER_MESSAGE,
    path: ["display_id"],
  })
/** What the client sends. */
export type OrderLookupBody = z.input<typeof orderLookupBody>
/** What the route works with: the number as a number, the email trimmed. */
export type OrderLookup = z.output<typeof orderLookupBody>

/** The 429 of the lookup after too many failures, and the 409 answers of the money routes. */
export interface ErrorResponse<T extends string = string> {
  type: T
  message: string
}
