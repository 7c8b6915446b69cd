import type { MedusaContainer } from "@medusajs/framework/types"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { bookOrderSharesFrom, bookOrderSharesWorkflow, timed, type BookingTimer } from "./book-order-shares"
import { completeCostSnapshots, ensureCostSnapshots, type CostSnapshot } from "./steps/share-ensure-cost-snapshots"
import { readSaleFacts } from "./steps/share-load-sale"
import { findPaymentOrder, findPaymentOrderStep } from "./steps/share-find-payment-order"
import type { SaleBookingResult } from "./steps/share-write-sale"

export type PaymentBookingResult = (SaleBookingResult & { order_id: string }) | null

/**
 * What book-payment-shares does, as one function call (see bookOrderShares): the payment's order,
 * then its booking; null when the payment pays for no order. What the payment.captured
 * subscriber runs. The reads start together (keyed by the payment: which order it pays for, that
 * order's HPP snapshots and its sale's facts), then one transaction writes the entries and the
 * premi allocations.
 */
export async function bookPaymentShares(
  container: MedusaContainer,
  input: { payment_id: string },
  timer?: BookingTimer
): Promise<PaymentBookingResult> {
  const byPayment = { payment_id: input.payment_id }
  const [{ order_id }, snapshots, facts] = await timed(timer, "reads", async () => {
    const [found, complete, read] = await Promise.all([
      findPaymentOrder(container, input.payment_id),
      completeCostSnapshots(container, byPayment),
      readSaleFacts(container, byPayment),
    ])
    if (!found.order_id) return [found, [] as CostSnapshot[], read] as const
    // Snapshots missing (the order's placement did not take them): the production workflow writes them.
    const snapshots = await ensureCostSnapshots(container, found.order_id, complete)
    // (The three reads name the same order; were the payment's link to change between them, read again by id.)
    const facts = read.order && read.order.id !== found.order_id ? await readSaleFacts(container, found.order_id) : read
    return [found, snapshots, facts] as const
  })
  if (!order_id) return null
  const result = await bookOrderSharesFrom(container, { order_id, payment_id: input.payment_id, snapshots, facts }, timer)
  return { ...result, order_id }
}

/**
 * A captured payment books the shares of its order's paid parts (book-order-shares); a payment of
 * no order books nothing. Replays book nothing new (idempotency keys). The repair job re-runs it
 * by its id (lib/repair/workflows.ts); the subscriber runs bookPaymentShares, the same steps.
 * Returns book-order-shares' result with the order's id, or null when the payment pays for no order.
 */
export const bookPaymentSharesWorkflow = createWorkflow(
  "book-payment-shares",
  (input: { payment_id: string }) => {
    const found = findPaymentOrderStep(input)
    const result = when("payment-has-order", { found }, ({ found }) => !!found.order_id).then(() =>
      bookOrderSharesWorkflow.runAsStep({
        input: transform({ input, found }, ({ input, found }) => ({
          order_id: found.order_id!,
          payment_id: input.payment_id,
        })),
      })
    )
    return new WorkflowResponse(
      transform({ result, found }, ({ result, found }) => (result ? { ...result, order_id: found.order_id! } : null))
    )
  }
)
