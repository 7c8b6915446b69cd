/**
 * Runs inside the Medusa app (`medusa exec ../bench/booking-run.ts` from backend/, started by
 * bench/booking.mjs): places BENCH_ORDERS orders, then times, per order, the payment capture
 * and the booking of its shares. Prints p50/p95 in ms.
 *
 * The booking timed is what the payment.captured subscriber runs (book-shares-on-capture.ts):
 * bookPaymentShares from the payment's id, i.e. finding the payment's order, its HPP snapshots
 * and the sale's facts (three reads at once, keyed by the payment), the plan, and the one
 * transaction that writes the ledger entries and the premi allocations, all of it, nothing
 * deferred. That is the time booking adds to a capture (the subscriber runs after the capture's
 * own workflow). Each part's time is printed too ("reads"; "ledger+premi": the transaction;
 * the plan between them is pure computation). Half the orders are booked right after their
 * capture, alongside its other payment.captured subscribers (as the subscriber runs), the other
 * half BENCH_SETTLE_MS (250) later, once those have finished ("booking alone": its own time).
 * After the run it
 * checks that every premi entry booked (of a line with makers) was allocated in full.
 * BENCH_COMPARE_WORKFLOW=true books every other order through bookPaymentSharesWorkflow instead
 * (the same steps as a Medusa workflow: what the subscriber ran before, and what the repair job
 * runs), interleaved, and prints both; BENCH_COMPARE_TWO_TRANSACTIONS=true books them as before
 * this change (reads one after the other, bookEntries' transaction, then the premi module's own;
 * bookInTwoTransactions below), to compare the two under the same load.
 */
import { createRequire } from "node:module"
import path from "node:path"
import { percentile, summary } from "./lib/figures"
import { placeBenchOrder, stockUp } from "./lib/bench-orders"

const fromBackend = createRequire(path.join(process.cwd(), "package.json"))
const { ContainerRegistrationKeys } = fromBackend("@medusajs/framework/utils")
const flows = fromBackend("@medusajs/medusa/core-flows")
const { seedDemoData } = fromBackend("./src/scripts/seed-demo")
const { bookPaymentShares, bookPaymentSharesWorkflow } = fromBackend("./src/workflows/profit-share/book-payment-shares")
const { findPaymentOrder } = fromBackend("./src/workflows/profit-share/steps/share-find-payment-order")
const { ensureCostSnapshots } = fromBackend("./src/workflows/profit-share/steps/share-ensure-cost-snapshots")
const { loadSalePlan } = fromBackend("./src/workflows/profit-share/steps/share-load-sale")
const { saleEntriesOf } = fromBackend("./src/workflows/profit-share/steps/share-write-sale")
const { allocateOrderPremi } = fromBackend("./src/workflows/premi/steps/premi-allocate")
const { LAPAS, PRODUCTS } = fromBackend("./src/scripts/demo-data/catalogue")


export default async function bench({ container }: { container: any }) {
  const orders = Number(process.env.BENCH_ORDERS || 200)
  const warmup = 5
  const log = (m: string) => console.log(m)
  const seeded = await seedDemoData(container, { renderImages: false })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const [lapasA, lapasB] = [LAPAS[0].handle, LAPAS[1].handle]
  const variantOf = async (handle: string) => {
    const { data } = await query.graph({ entity: "product", fields: ["variants.id"], filters: { handle } })
    return data[0].variants[0].id as string
  }
  const variantA = await variantOf(PRODUCTS.find((p: any) => p.lapas === lapasA).handle)
  const variantB = await variantOf(PRODUCTS.find((p: any) => p.lapas === lapasB).handle)
  await stockUp(container, [variantA, variantB])
  const salesChannelId = seeded.salesChannelId

  const placeOrder = (i: number) =>
    placeBenchOrder(container, {
      regionId: seeded.regionId,
      salesChannelId,
      email: `bench+${i}@example.com`,
      items: [
        { variant_id: variantA, quantity: 1 + (i % 3) },
        { variant_id: variantB, quantity: 1 },
      ],
    })

  log(`Placing ${orders + warmup} orders (two lapas each) …`)
  const placed = []
  for (let i = 0; i < orders + warmup; i++) {
    placed.push(await placeOrder(i))
  }

  // Booking as it was before the one-transaction write (issue 24, second part): the reads one
  // after the other, the ledger transaction (bookEntries), then the premi module's allocation in
  // a transaction of its own. Only the chain trigger is today's.
  const profitShare = container.resolve("profit_share")
  const bookInTwoTransactions = async (paymentId: string) => {
    const { order_id } = await findPaymentOrder(container, paymentId)
    const snapshots = await ensureCostSnapshots(container, order_id)
    const plan = await loadSalePlan(container, { order_id, snapshots })
    const entries = saleEntriesOf(plan, paymentId)
    const written = await profitShare.bookEntries(order_id, () => entries)
    await allocateOrderPremi(container, order_id)
    return { ...written, booked: true, order_id }
  }
  const compareWith =
    process.env.BENCH_COMPARE_WORKFLOW === "true" ? "workflow" : process.env.BENCH_COMPARE_TWO_TRANSACTIONS === "true" ? "two transactions" : null
  const compare = compareWith !== null
  const settleMs = Number(process.env.BENCH_SETTLE_MS ?? 250)
  log(
    `Capturing and booking …${
      compare
        ? ` (every other order booked by ${compareWith === "workflow" ? "the workflow" : "the earlier two transactions"})`
        : ` (every other order booked alone, ${settleMs} ms after its capture)`
    }`
  )
  const capture: number[] = []
  const booking: number[] = []
  const alone: number[] = []
  const viaWorkflow: number[] = []
  const both: number[] = []
  const steps = new Map<string, number[]>()
  const aloneSteps = new Map<string, number[]>()
  let entries = 0
  for (const [i, order] of placed.entries()) {
    const measured = i >= warmup
    const workflow = compare && i % 2 === 1
    // Booked once the capture's other payment.captured subscribers (the buyer's e-mail, the lapas
    // order list's state rows: about 100 ms of this process's CPU) have finished: the booking's own time.
    const settled = !compare && i % 2 === 1
    const parts: [string, number][] = []
    const t0 = performance.now()
    await flows.capturePaymentWorkflow(container).run({ input: { payment_id: order.paymentId } })
    const captured = performance.now() - t0
    if (settled) await new Promise((resolve) => setTimeout(resolve, settleMs))
    const t1 = performance.now()
    const result = !workflow
      ? await bookPaymentShares(container, { payment_id: order.paymentId }, { onStep: (step: string, ms: number) => parts.push([step, ms]) })
      : compareWith === "workflow"
        ? (await bookPaymentSharesWorkflow(container).run({ input: { payment_id: order.paymentId } })).result
        : await bookInTwoTransactions(order.paymentId)
    const t2 = performance.now()
    if (result?.order_id !== order.id || !result.booked || result.inserted !== 6) {
      throw new Error(`Order ${order.id} booked ${result?.inserted} entries (${result?.reason ?? "booked"}); expected 6`)
    }
    if (!measured) continue
    entries += result.inserted
    capture.push(captured)
    if (workflow) {
      viaWorkflow.push(t2 - t1)
      continue
    }
    if (settled) {
      alone.push(t2 - t1)
      for (const [step, ms] of parts) aloneSteps.set(step, [...(aloneSteps.get(step) ?? []), ms])
      continue
    }
    booking.push(t2 - t1)
    both.push(t2 - t0)
    for (const [step, ms] of parts) steps.set(step, [...(steps.get(step) ?? []), ms])
  }

  // Nothing was deferred: every premi entry booked whose line's units came from batches is
  // allocated in full (a line with no batch has no makers and stays unallocated by design).
  const { rows: short } = await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(
    `SELECT e.id FROM share_ledger_entry e
      WHERE e.account = 'premi' AND e.amount <> 0
        AND EXISTS (SELECT 1 FROM production_line_batch lb WHERE lb.line_item_id = e.line_item_id AND lb.deleted_at IS NULL)
        AND e.amount <> (SELECT COALESCE(SUM(a.amount), 0) FROM premi_allocation a WHERE a.ledger_entry_id = e.id)`
  )
  if (short.length) throw new Error(`${short.length} premi entries are not allocated in full after booking`)

  log("")
  log(`Booking shares on payment capture: ${orders} orders, 2 lines from 2 lapas each, ${entries} ledger entries (ms)`)
  log(
    `"booking": right after the capture, alongside its other payment.captured subscribers, as the booking subscriber runs;` +
      ` "booking alone": ${settleMs} ms later, once they finished (the booking's own time)`
  )
  log(summary("capture (capturePaymentWorkflow)", capture))
  log(summary("booking (bookPaymentShares)", booking))
  for (const [step, values] of steps) log(summary(`  ${step}`, values))
  if (alone.length) {
    log(summary("booking alone (after the others)", alone))
    for (const [step, values] of aloneSteps) log(summary(`  ${step}`, values))
  }
  if (viaWorkflow.length) {
    log(summary(compareWith === "workflow" ? "booking (bookPaymentSharesWorkflow)" : "booking (two transactions, before)", viaWorkflow))
  }
  log(summary("capture + booking", both))
  const sortedCapture = [...capture].sort((a, b) => a - b)
  const sortedBooking = [...booking].sort((a, b) => a - b)
  log(
    `booking adds ${((percentile(sortedBooking, 50) / percentile(sortedCapture, 50)) * 100).toFixed(0)} % to the median capture`
  )
}
