import type { PartTransferNotice } from "./payments"
import type { CourierService } from "./shipping"

/**
 * Order parts: one lapas's share of an order (its lines, its shipping, its transfer confirmation,
 * its fulfillments) and the state it is in. Routes: GET /lapas-api/orders, GET
 * /lapas-api/orders/:id and the writes under it (transfer confirmation, fulfillment, shipment,
 * delivered, cancel), the packing slip and the shipping label (PDF). Amounts are whole rupiah,
 * always written as JSON numbers.
 */

export const SHIPPING_KINDS = ["courier", "pickup"] as const
export type ShippingKind = (typeof SHIPPING_KINDS)[number]

export const PAYMENT_KINDS = ["bank_transfer", "card", "xendit", "other"] as const
export type PaymentKind = (typeof PAYMENT_KINDS)[number]

/** The states in which the lapas has something to do, in the order work flows through them. */
export const ACTION_STATES = ["awaiting_transfer", "to_pack", "to_ship", "ready_for_pickup"] as const
export type ActionState = (typeof ACTION_STATES)[number]

/**
 * Every state of a part; `state` of the list query is one of them. A part's money counts as well
 * as its packages: `canceled` (the order, or this part alone, was canceled: its items are out of
 * the order) and `refunded` (what was paid for it was paid back in full) leave every action queue.
 */
export const PART_STATES = [...ACTION_STATES, "shipped", "delivered", "picked_up", "canceled", "refunded"] as const
export type PartState = (typeof PART_STATES)[number]

/** A package of a part; kind, courier and resi as the lapas routes record them. */
export interface PartFulfillment {
  id: string
  kind: ShippingKind
  created_at: string
  /**
   * The courier's code from COURIERS ("jne"); a shipment recorded as free text before couriers
   * were a list keeps its text when it names no listed courier.
   */
  courier: string | null
  /** The courier's name ("JNE"), or the free text as stored. */
  courier_name: string | null
  /** The courier's tracking page of this resi; null for a courier not in the list. */
  tracking_url: string | null
  /** The courier's tracking number. */
  resi: string | null
  shipped_at: string | null
  delivered_at: string | null
  canceled_at: string | null
  /** The lines of this part in the package. */
  items: { line_item_id: string; quantity: number }[]
}

/** A lapas's confirmation that the buyer's transfer for its part arrived. */
export interface PartTransferConfirmation {
  id: string
  amount: number
  /** YYYY-MM-DD, the day the money arrived (lapas zone). */
  transferred_on: string
  proof_url: string | null
  confirmed_at: string
  /** The member (or, for older confirmations, the admin user) who confirmed. */
  confirmed_by: string
}

/** An order line as the buyer's view and the parts show it. */
export interface OrderLine {
  id: string
  title: string
  variant_title: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
  total: number
}

export interface PartLine extends OrderLine {
  /** Units in live (not canceled) packages. */
  fulfilled_quantity: number
}

export interface PartShipping {
  kind: ShippingKind
  /** The names of the part's shipping methods, joined with " + ". */
  name: string
  amount: number
  option_id: string | null
}

/** One lapas's part of an order, as the admin routes answer it. */
export interface OrderPart {
  order_id: string
  display_id: number
  created_at: string
  order_status: string
  /** The payment collection's status (not_paid without one). */
  payment_status: string
  buyer: { name: string; city: string | null; email: string | null }
  lapas: { id: string; name: string; handle: string; time_zone: string }
  state: PartState
  shipping: PartShipping | null
  /**
   * The courier the buyer chose at checkout (a code from COURIERS, from the shipping method's
   * option data); null for pickup and for options of no listed courier. The panel preselects it.
   */
  chosen_courier: string | null
  /** The service the buyer chose with it. */
  chosen_service: CourierService | null
  items: PartLine[]
  /** Items + shipping of this part. */
  total: number
  payment_kind: PaymentKind
  /**
   * Null unless the order is paid by bank transfer. `notice`: the buyer's latest "Saya sudah
   * transfer" for this part (prefills the confirmation), null when the buyer said nothing.
   */
  transfer: {
    expected_amount: number
    confirmation: PartTransferConfirmation | null
    notice: PartTransferNotice | null
  } | null
  /** JSON key kept as the API has always spelt it. */
  fulfilments: PartFulfillment[]
  /** Whole rupiah paid back for this part (0 when nothing was); the whole paid amount makes the part `refunded`. */
  refunded_amount: number
  /** Set when this part alone was canceled (the order goes on): when, why, and whether for non-payment. */
  part_cancellation: PartCancellation | null
}

/** Why a part was canceled on its own: `unpaid` by the unpaid-transfer job, `member` by a lapas or national member. */
export const PART_CANCEL_CAUSES = ["unpaid", "member"] as const
export type PartCancelCause = (typeof PART_CANCEL_CAUSES)[number]

export interface PartCancellation {
  canceled_at: string
  cause: PartCancelCause
  reason: string | null
  /** For `unpaid`: the transfer deadline that passed. */
  due_at: string | null
  /** Whole rupiah refunded for the part when it was canceled. */
  refunded_amount: number
}

/**
 * The tabs of the panel's order list, each a set of part states: waiting for the transfer, to
 * pack, ready (to ship, or waiting for pickup), shipped, done (delivered or picked up), canceled.
 */
export const ORDER_TABS = {
  awaiting_transfer: ["awaiting_transfer"],
  to_pack: ["to_pack"],
  ready: ["to_ship", "ready_for_pickup"],
  shipped: ["shipped"],
  done: ["delivered", "picked_up"],
  canceled: ["canceled", "refunded"],
} as const satisfies Record<string, readonly PartState[]>
export type OrderTab = keyof typeof ORDER_TABS
/** The tabs in the order the panel shows them. */
export const ORDER_TAB_KEYS = ["awaiting_transfer", "to_pack", "ready", "shipped", "done", "canceled"] as const satisfies readonly OrderTab[]

/** The tab a part in this state is listed under. */
export function tabOfState(state: PartState): OrderTab {
  return ORDER_TAB_KEYS.find((tab) => (ORDER_TABS[tab] as readonly PartState[]).includes(state))!
}

/** A page of parts with the count of each action state (`LapasOrderListResponse` adds the tabs). */
export interface OrderPartListResponse {
  parts: OrderPart[]
  count: number
  limit: number
  offset: number
  /** Parts (of the caller's scope and search, before the state/tab filter) waiting in each action state. */
  counts: Record<ActionState, number>
}

/** `GET /lapas-api/orders` */
export interface LapasOrderListResponse extends OrderPartListResponse {
  /** Parts (of the caller's scope and search, before the state/tab filter) under each tab. */
  tab_counts: Record<OrderTab, number>
}

/** The buyer's delivery address as the lapas needs it to send the part (never for pickup-only parts' lists). */
export interface PartShippingAddress {
  name: string
  phone: string | null
  address_1: string | null
  /** The kelurahan when address_2 names "kecamatan, kelurahan"; a legacy address's own second line. */
  address_2: string | null
  /** The kecamatan: from address_2, or a legacy address's metadata.district. */
  district: string | null
  city: string | null
  province: string | null
  postal_code: string | null
  country_code: string | null
}

export const PART_TIMELINE_KEYS = [
  "placed",
  "transfer_confirmed",
  "packed",
  "shipped",
  "ready_for_pickup",
  "delivered",
  "picked_up",
  "canceled",
] as const
export type PartTimelineKey = (typeof PART_TIMELINE_KEYS)[number]

/** One step in a part's history; `at` is ISO (shown in the lapas's zone). */
export interface PartTimelineEvent {
  key: PartTimelineKey
  at: string
  /** Shipped: courier (code, or legacy free text) and resi; canceled: the reason given. */
  courier?: string | null
  /** Shipped: the courier's name and the resi's tracking page (null for a courier not in the list). */
  courier_name?: string | null
  tracking_url?: string | null
  resi?: string | null
  reason?: string | null
}

/** One lapas's part with what the lapas needs to send it: the buyer's address and the part's history. */
export interface OrderPartDetail extends OrderPart {
  shipping_address: PartShippingAddress
  timeline: PartTimelineEvent[]
  /** The reason given when the order was canceled in the panel. */
  cancel_reason: string | null
}

/**
 * `GET /lapas-api/orders/:id`: the caller's part of the order (a lapas member's own part only;
 * national members every part, or one lapas's with `lapas_id`). Never the order's grand total.
 */
export interface OrderPartDetailResponse {
  parts: OrderPartDetail[]
}

/** `POST /lapas-api/orders/:id/cancel`: the caller's parts after the cancellation. */
export interface OrderPartsResponse {
  parts: OrderPart[]
}

/** Every write on one part (transfer confirmation, fulfillment, shipment, delivered): the part after it. */
export interface OrderPartResponse {
  part: OrderPart
}

/** `GET /lapas-api/orders` query. */
export interface ListOrderPartsQuery {
  state?: PartState
  tab?: OrderTab
  /** National members only (another lapas is a 404 for lapas members). */
  lapas_id?: string
  /** An order number, e.g. "1042" or "#1042". */
  q?: string
  limit?: number
  offset?: number
}

/**
 * `POST /lapas-api/orders/:id/transfer-confirmations`, as JSON or as multipart/form-data with
 * the proof photo in the file field `proof` (JPEG, PNG or WebP, at most 8 MB).
 */
export interface ConfirmTransferBody {
  /** National members name the lapas whose part it is when the order spans several. */
  lapas_id?: string
  /** The part's expected amount exactly, whole rupiah. */
  amount: number
  /** YYYY-MM-DD */
  transferred_on: string
  /** Only the admin dashboard's route took an uploaded proof's URL; the panel sends the photo itself. */
  proof_url?: string | null
}

/** `POST /lapas-api/orders/:id/fulfillments`: pack the part (every open line unless `items` names some). */
export interface FulfillPartBody {
  lapas_id?: string
  items?: { id: string; quantity: number }[]
}

/** `POST /lapas-api/orders/:id/fulfillments/:fulfillment_id/shipment` */
export interface ShipPartBody {
  /** Only the admin dashboard's route took it; the scoped API refuses it (the fulfillment names its lapas). */
  lapas_id?: string
  /** A courier code from COURIERS ("jne", "jnt", "sicepat", ...). */
  courier: string
  resi: string
}

/** `POST /lapas-api/orders/:id/cancel` */
export interface CancelOrderBody {
  /** Why the order is canceled; kept on the order and shown in its history. */
  reason: string
}

/** The packing slip and the shipping label: `GET /lapas-api/orders/:id/{packing-slip,shipping-label}`. */
export interface OrderDocumentQuery {
  /** National members name the lapas whose part it is when the order spans several. */
  lapas_id?: string
}
