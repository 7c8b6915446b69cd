import type { MedusaContainer } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureCostSnapshots, ensureShareCostSnapshotsStep, type CostSnapshot } from "./steps/share-ensure-cost-snapshots"
import { loadSharePlanStep, readSaleFacts, salePlanOf, type SaleFacts } from "./steps/share-load-sale"
import { writeSaleShares, writeSaleSharesStep, type SaleBookingResult } from "./steps/share-write-sale"
import { allocatePremiStep } from "../premi/steps/premi-allocate"

export interface BookOrderSharesInput {
  order_id: string
  /** The captured payment that triggered the booking, kept on the entries as their reference. */
  payment_id?: string | null
  /** Test hook: the ledger transaction fails after this many entries (see the service). */
  fail_after_entries?: number
}

/** The parts of a booking, in order (bookOrderShares' `onStep` reports each one's time). */
export type BookingStep = "reads" | "ledger+premi"

export interface BookingTimer {
  /** Called after each part of the booking with its wall time in ms (benchmarks). */
  onStep?: (step: BookingStep, ms: number) => void
}

/** Runs `work`, reporting its time to `timer` under `step`. */
export async function timed<T>(timer: BookingTimer | undefined, step: BookingStep, work: () => Promise<T>): Promise<T> {
  if (!timer?.onStep) return await work()
  const started = performance.now()
  const result = await work()
  timer.onStep(step, performance.now() - started)
  return result
}

/**
 * What book-order-shares does, as one function call instead of four workflow steps: the same
 * functions in the same order (snapshots and the sale's facts read at once, the plan, then one transaction writing the ledger entries
 * and the order's premi allocations, see writeSaleShares). The workflow adds nothing to its
 * safety (no step has anything to compensate: the snapshots are kept on purpose, the write is one
 * transaction, and when allocation fails the entries are written without it and the failure
 * logged; replays write nothing new by their idempotency keys), only a checkpoint per step. Its
 * last step, allocatePremiStep, finds nothing left to allocate unless that fallback ran.
 * The capture subscriber books through this (see book-payment-shares.ts).
 */
export async function bookOrderShares(
  container: MedusaContainer,
  input: BookOrderSharesInput,
  timer?: BookingTimer
): Promise<SaleBookingResult> {
  // The HPP snapshots and the sale's facts are independent reads: both at once.
  const [snapshots, facts] = await timed(timer, "reads", () =>
    Promise.all([ensureCostSnapshots(container, input.order_id), readSaleFacts(container, input.order_id)])
  )
  return await bookOrderSharesFrom(container, { ...input, snapshots, facts }, timer)
}

/**
 * bookOrderShares once its reads are done (bookPaymentShares starts them with the read of the
 * payment's order): the plan, then the one transaction of the entries and premi allocations.
 */
export async function bookOrderSharesFrom(
  container: MedusaContainer,
  input: BookOrderSharesInput & { snapshots: CostSnapshot[]; facts: SaleFacts },
  timer?: BookingTimer
): Promise<SaleBookingResult> {
  const plan = salePlanOf(input.facts, { order_id: input.order_id, snapshots: input.snapshots })
  return await timed(timer, "ledger+premi", () =>
    writeSaleShares(container, { plan, payment_id: input.payment_id ?? null, fail_after_entries: input.fail_after_entries })
  )
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
    // Premi of the entries just booked is allocated by writeSaleShares in the same transaction;
    // this finds what its fallback (entries written without allocations) left, else nothing.
    allocatePremiStep(transform({ input, result }, ({ input }) => ({ order_id: input.order_id })))
    return new WorkflowResponse(result)
  }
)
