/**
 * Shapes of the lapas order API (`/admin/lapas-orders…`, issue 8). A **part**
 * is one lapas's items of one order with its shipping method; amounts are
 * whole rupiah.
 */

export type PartState =
  | "awaiting_transfer"
  | "to_pack"
  | "to_ship"
  | "ready_for_pickup"
  | "shipped"
  | "delivered"
  | "picked_up"
  | "canceled"

/** The states the order list has a tab (and a count) for. */
export type ActionState = "awaiting_transfer" | "to_pack" | "to_ship" | "ready_for_pickup"

export type ShippingKind = "courier" | "pickup"

export type PaymentKind = "bank_transfer" | "card" | "other"

export type LapasOrderItem = {
  id: string
  title: string
  variant_title: string | null
  thumbnail: string | null
  quantity: number
  fulfilled_quantity: number
  unit_price: number
  total: number
}

export type TransferConfirmation = {
  id: string
  amount: number
  /** "YYYY-MM-DD" */
  transferred_on: string
  proof_url: string | null
  confirmed_at: string
  confirmed_by: string
}

export type LapasOrderFulfilment = {
  id: string
  kind: ShippingKind
  created_at: string
  courier: string | null
  resi: string | null
  shipped_at: string | null
  delivered_at: string | null
  canceled_at: string | null
}

export type LapasOrderPart = {
  order_id: string
  display_id: number
  /** ISO timestamp */
  created_at: string
  order_status: string
  payment_status: string
  buyer: { name: string; city: string | null; email: string | null }
  lapas: { id: string; name: string; handle: string; time_zone: string }
  state: PartState
  shipping: { kind: ShippingKind; name: string; amount: number } | null
  items: LapasOrderItem[]
  /** Items + shipping of this part. */
  total: number
  payment_kind: PaymentKind
  /** Null unless the order is paid by bank transfer. */
  transfer: {
    expected_amount: number
    confirmation: TransferConfirmation | null
  } | null
  fulfilments: LapasOrderFulfilment[]
}

export type LapasOrderListParams = {
  state?: PartState
  /** National users only. */
  lapasId?: string
  /** An order number (display id), digits only. */
  q?: string
  limit: number
  offset: number
}

export type LapasOrderListResponse = {
  parts: LapasOrderPart[]
  count: number
  limit: number
  offset: number
  counts: Record<ActionState, number>
}

export type LapasOrderDetailResponse = { parts: LapasOrderPart[] }

export type LapasOrderPartResponse = { part: LapasOrderPart }

export type ConfirmTransferBody = {
  lapas_id?: string
  amount: number
  /** "YYYY-MM-DD" */
  transferred_on: string
  proof_url?: string
}

export type CreateShipmentBody = { courier: string; resi: string }
