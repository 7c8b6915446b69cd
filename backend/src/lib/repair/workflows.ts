import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * The workflows the live path runs, by their ids: lib imports no workflow (the dependency rules), so
 * the repair runs them through Medusa's workflow engine, as Medusa's own payment-webhook
 * subscriber runs processPaymentWorkflow. The ids are those of createWorkflow in src/workflows.
 */
export const LIVE_WORKFLOWS = {
  /** book-shares-on-capture: { payment_id } → book-order-shares' result, or null. */
  bookPaymentShares: "book-payment-shares",
  /** book-shares-on-refund ({ payment_id }) and book-shares-on-cancel ({ order_id }). */
  bookPaymentRefunds: "book-payment-refunds",
  /** part-book-refund (cancel-order-part): one refund on a part's lines only. */
  bookRefundShares: "book-refund-shares",
  /** complete-transfer-capture: { order_id, payment_id, captured_by } → { captured, reason }. */
  completeTransferCapture: "complete-transfer-capture",
  /** allocate-premi: { order_id } → { inserted, unallocated_lines }. */
  allocatePremi: "allocate-premi",
} as const

/** Runs a registered workflow to its end and returns its result; its error is thrown. */
export async function runLiveWorkflow<T>(
  container: MedusaContainer,
  workflowId: (typeof LIVE_WORKFLOWS)[keyof typeof LIVE_WORKFLOWS],
  input: Record<string, unknown>
): Promise<T> {
  const engine = container.resolve(Modules.WORKFLOW_ENGINE) as {
    run(id: string, options: { input: unknown; throwOnError?: boolean }): Promise<{ result: unknown }>
  }
  const { result } = await engine.run(workflowId, { input, throwOnError: true })
  return result as T
}
