
/**
 * Order parts: one lapas's share of an order (its lines, its shipping, its transfer confirmation,
 * its fulfillments) and the state it is in. Routes: GET /admin/lapas-orders, GET
 * /admin/lapas-orders/:id and the writes under it (transfer confirmation, fulfillment, shipment,
 * delivered, cancel). Amounts are whole rupiah, always written as JSON numbers.
 */

export const SHIPPING_KINDS = ["courier", "pickup"] as const
export type ShippingKind = (typeof SHIPPING_KINDS)[number]

export const PAYMENT_KINDS = ["bank_transfer", "card", "other"] as const
export type PaymentKind = (typeof PAYMENT_KINDS)[number]

/** The states in which the lapas has something to do, in the order work flows through them. */
export const ACTION_STATES = ["awaiting_transfer", "to_pack", "to_ship", "ready_for_pickup"] as const
export type ActionState = (typeof ACTION_STATES)[number]

/** Every state of a part; `state` of the list query is one of them. */
export const PART_STATES = [...ACTION_STATES, "shipped", "delivered", "picked_up", "canceled"] as const
export type PartState = (typeof PART_STATES)[number]

/** A package of a part; kind, courier and resi as the lapas routes record them. */
export interface PartFulfillment {
  id: string
  kind: ShippingKind
  created_at: string
  courier: string | null
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
  /** The admin user who confirmed. */
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
  items: PartLine[]
  /** Items + shipping of this part. */
  total: number
  payment_kind: PaymentKind
  /** Null unless the order is paid by bank transfer. */
  transfer: { expected_amount: number; confirmation: PartTransferConfirmation | null } | null
  /** JSON key kept as the API has always spelt it. */
  fulfilments: PartFulfillment[]
}

/** `GET /admin/lapas-orders` */
export interface OrderPartListResponse {
  parts: OrderPart[]
  count: number
  limit: number
  offset: number
  /** Parts (of the caller's scope, before the state filter) waiting in each action state. */
  counts: Record<ActionState, number>
}

/** `GET /admin/lapas-orders/:id` and `POST /admin/lapas-orders/:id/cancel`: the caller's parts. */
export interface OrderPartsResponse {
  parts: OrderPart[]
}

/** Every write on one part (transfer confirmation, fulfillment, shipment, delivered): the part after it. */
export interface OrderPartResponse {
  part: OrderPart
}

/** `GET /admin/lapas-orders` query. */
export interface ListOrderPartsQuery {
  state?: PartState
  /** National users only. */
  lapas_id?: string
  /** An order number, e.g. "1042" or "#1042". */
  q?: string
  limit?: number
  offset?: number
}

/** `POST /admin/lapas-orders/:id/transfer-confirmations` */
export interface ConfirmTransferBody {
  /** National users name the lapas whose part it is when the order spans several. */
  lapas_id?: string
  /** The part's expected amount exactly, whole rupiah. */
  amount: number
  /** YYYY-MM-DD */
  transferred_on: string
  proof_url?: string | null
}

/** `POST /admin/lapas-orders/:id/fulfilments` */
export interface FulfillPartBody {
  lapas_id?: string
}

/** `POST /admin/lapas-orders/:id/fulfilments/:fulfillment_id/shipment` */
export interface ShipPartBody {
  lapas_id?: string
  courier: string
  resi: string
}
