/**
 * The state of one lapas's part of an order, and of the whole order as the buyer sees it. Pure
 * rules over what the order, its payment and its fulfillments say (parts.ts loads them).
 */

import type { BuyerOrderProgress, BuyerPartState, PartState, ShippingKind } from "@karya-binaan/contracts"

export interface PartFulfillmentFacts {
  kind: ShippingKind
  shipped_at: string | null
  delivered_at: string | null
  canceled_at: string | null
}

export interface PartFacts {
  order_canceled: boolean
  /** This part alone was canceled (canceled-parts.ts); the order may go on. */
  part_canceled?: boolean
  paid: boolean
  /** Whole rupiah paid for this part, and paid back for it: all of it paid back makes it `refunded`. */
  paid_amount?: number
  refunded_amount?: number
  /** Item units of this part not in any live fulfillment. */
  open_quantity: number
  fulfillments: PartFulfillmentFacts[]
}

export function partState(facts: PartFacts): PartState {
  if (facts.order_canceled || facts.part_canceled) return "canceled"
  if (!facts.paid) return "awaiting_transfer"
  const paidAmount = facts.paid_amount ?? 0
  if (paidAmount > 0 && (facts.refunded_amount ?? 0) >= paidAmount) return "refunded"
  const live = facts.fulfillments.filter((f) => !f.canceled_at)
  if (facts.open_quantity > 0 || !live.length) return "to_pack"
  const pickup = live.filter((f) => f.kind === "pickup")
  const courier = live.filter((f) => f.kind === "courier")
  if (courier.some((f) => !f.shipped_at)) return "to_ship"
  if (pickup.some((f) => !f.delivered_at)) return "ready_for_pickup"
  if (courier.some((f) => !f.delivered_at)) return "shipped"
  return pickup.length ? "picked_up" : "delivered"
}

export function buyerPartState(state: PartState): BuyerPartState {
  switch (state) {
    case "awaiting_transfer":
      return "awaiting_payment"
    case "to_pack":
    case "to_ship":
      return "processing"
    default:
      return state
  }
}

const DISPATCHED: ReadonlySet<BuyerPartState> = new Set(["ready_for_pickup", "shipped", "delivered", "picked_up"])
const DONE: ReadonlySet<BuyerPartState> = new Set(["delivered", "picked_up"])

const GONE: ReadonlySet<BuyerPartState> = new Set(["canceled", "refunded"])

/**
 * The order's progress from its live parts (canceled and refunded parts drop out): shipped only
 * when every lapas has sent (or has ready for pickup) its part, partly shipped when some have,
 * delivered when every part arrived or was picked up. While a part's transfer is unconfirmed the
 * order awaits payment, unless another part is already on its way (then it is partly shipped).
 * Refunded when every part that is not canceled was paid back.
 */
export function buyerOrderProgress(orderCanceled: boolean, parts: BuyerPartState[]): BuyerOrderProgress {
  if (orderCanceled) return "canceled"
  const live = parts.filter((state) => !GONE.has(state))
  if (!live.length) return parts.includes("refunded") ? "refunded" : "canceled"
  if (live.some((state) => state === "awaiting_payment")) {
    return live.some((state) => DISPATCHED.has(state)) ? "partially_shipped" : "awaiting_payment"
  }
  if (live.every((state) => DONE.has(state))) return "delivered"
  if (live.every((state) => DISPATCHED.has(state))) return "shipped"
  if (live.some((state) => DISPATCHED.has(state))) return "partially_shipped"
  return "processing"
}
