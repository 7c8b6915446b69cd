import type { MedusaContainer } from "@medusajs/framework/types"
import { sqlOf } from "../sql"

/**
 * The order a payment pays for (payment → payment collection → order), or null: one indexed read
 * of the payment and Medusa's order–payment-collection link table (what query.graph would walk in
 * two), neither of them soft-deleted.
 */
export async function orderIdOfPayment(container: MedusaContainer, paymentId: string): Promise<string | null> {
  const { rows } = await sqlOf(container).raw(ORDER_OF_PAYMENT_SQL, [paymentId])
  return (rows[0]?.order_id as string | undefined) ?? null
}

/**
 * orderIdOfPayment's read (one `?`: the payment's id; one column, order_id; no row when the
 * payment pays for no order). In parentheses it is a scalar subquery: the order's id or NULL, for
 * a read of the order's own rows keyed by the payment (see orderKey).
 */
export const ORDER_OF_PAYMENT_SQL = `SELECT link.order_id
       FROM payment p
       JOIN order_payment_collection link
         ON link.payment_collection_id = p.payment_collection_id AND link.deleted_at IS NULL
      WHERE p.id = ? AND p.deleted_at IS NULL
      ORDER BY link.created_at, link.order_id
      LIMIT 1`

/** An order named by its id, or by a payment of it (the order orderIdOfPayment finds). */
export type OrderRef = { order_id: string } | { payment_id: string }

/**
 * An order's id in a read, as SQL with one `?` and its binding: `?` itself for an order id, the
 * order of a payment (ORDER_OF_PAYMENT_SQL as a subquery) for a payment id. So the reads of an
 * order can start together with the read of which order a payment pays for.
 */
export function orderKey(ref: OrderRef): { sql: string; binding: string } {
  return "order_id" in ref ? { sql: "?", binding: ref.order_id } : { sql: `(${ORDER_OF_PAYMENT_SQL})`, binding: ref.payment_id }
}
