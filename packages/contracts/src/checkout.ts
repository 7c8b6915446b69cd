import type { ShippingKind } from "./order-parts"
import type { CourierService } from "./shipping"

/**
 * Checkout: shipping per lapas. Routes: GET and POST /store/carts/:id/lapas-shipping. Amounts are
 * whole rupiah, always written as JSON numbers.
 */

export interface ShippingGroupOption {
  id: string
  name: string
  amount: number
  kind: ShippingKind
  /** Courier options: the courier's code (COURIERS) and service; null for pickup. */
  courier: string | null
  service: CourierService | null
  /** Delivery estimate in days to the cart's address; null for pickup. */
  etd_min_days: number | null
  etd_max_days: number | null
}

/** One lapas with items in the cart: the items it ships, the options it offers, the one chosen. */
export interface ShippingGroup {
  lapas: { id: string; handle: string; name: string; city: string }
  item_ids: string[]
  /** Courier before pickup, then by price and name. */
  options: ShippingGroupOption[]
  selected_option_id: string | null
}

/** `GET /store/carts/:id/lapas-shipping` */
export interface LapasShippingResponse {
  groups: ShippingGroup[]
}

/** `POST /store/carts/:id/lapas-shipping`: exactly one option per lapas in the cart. */
export interface SetLapasShippingBody {
  option_ids: string[]
}

/** `POST /store/carts/:id/lapas-shipping` answers Medusa's store cart (typed by the caller). */
export interface SetLapasShippingResponse<Cart = unknown> {
  cart: Cart
}
