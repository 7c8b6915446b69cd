import type { MedusaContainer } from "@medusajs/framework/types"
import { sqlOf } from "../sql"

/**
 * The order a payment pays for (payment → payment collection → order), or null: one indexed read
 * of the payment and Medusa's order–payment-collection link table (what query.graph would walk in
 * two), neither of them soft-deleted.
 */
export async function orderIdOfPayment(container: MedusaContainer, paymentId: string): Promise<string | null> {
  const { rows } = await sqlOf(container).raw(
    `SELECT link.order_id
       FROM payment p
       JOIN order_payment_collection link
         ON link.payment_collection_id = p.payment_collection_id AND link.deleted_at IS NULL
      WHERE p.id = ? AND p.deleted_at IS NULL
      ORDER BY link.created_at, link.order_id
      LIMIT 1`,
    [paymentId]
  )
  return (rows[0]?.order_id as string | undefined) ?? null
}
