import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureShareCostSnapshotsStep } from "./steps/share-ensure-cost-snapshots"
import { loadSharePlanStep } from "./steps/share-load-sale"
import { writeSaleSharesStep } from "./steps/share-write-sale"
import { allocatePremiStep } from "../premi/steps/premi-allocate"

export interface BookOrderSharesInput {
  order_id: string
  /** The captured payment that triggered the booking, kept on the entries as their reference. */
  payment_id?: string | null
  /** Test hook: the ledger transaction fails after this many entries (see the service). */
  fail_after_entries?: number
}

/**
 * Books the shares of every line of the order's paid parts (lib/order-parts/paid-parts.ts):
 * profit = net line revenue − quantity × snapshotted HPP, split by the policy in force on the
 * order's date, written once per line and account in one transaction. Safe to run again, or
 * twice at once: it then writes nothing new (or only what a crashed run did not write).
 */
export const bookOrderSharesWorkflow = createWorkflow(
  "book-order-shares",
  (input: BookOrderSharesInput) => {
    const snapshots = ensureShareCostSnapshotsStep(transform({ input }, ({ input }) => ({ order_id: input.order_id })))
    const plan = loadSharePlanStep(
      transform({ input, snapshots }, ({ input, snapshots }) => ({ order_id: input.order_id, snapshots }))
    )
    const result = writeSaleSharesStep(
      transform({ input, plan }, ({ input, plan }) => ({
        plan,
        payment_id: input.payment_id ?? null,
        fail_after_entries: input.fail_after_entries,
      }))
    )
    // Premi of the entries just booked, shared among the makers (premi module).
    allocatePremiStep(transform({ input, result }, ({ input }) => ({ order_id: input.order_id })))
    return new WorkflowResponse(result)
  }
)
