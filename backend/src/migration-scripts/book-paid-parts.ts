import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { bookOrderSharesWorkflow } from "../workflows/profit-share/book-order-shares"

/**
 * Booking used to wait until every lapas of an order was paid; it now books each lapas's part
 * when that part is paid (lib/order-parts/paid-parts.ts). This books the parts that were
 * confirmed before the change and are still unbooked, through the same idempotent workflow (a
 * line already booked is left alone). A fresh database has nothing to book.
 */
export default async function bookPaidParts({ container }: { container: MedusaContainer }) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { rows } = await pg.raw(
    `SELECT DISTINCT t.order_id
       FROM transfer_confirmation t
      WHERE t.deleted_at IS NULL
        AND NOT EXISTS (
          SELECT 1 FROM share_ledger_entry e
           WHERE e.order_id = t.order_id AND e.lapas_id = t.lapas_id AND e.kind = 'sale' AND e.deleted_at IS NULL)`
  )
  let booked = 0
  for (const { order_id } of rows as { order_id: string }[]) {
    const { result } = await bookOrderSharesWorkflow(container).run({ input: { order_id } })
    if (result.inserted) booked += 1
  }
  if (booked) logger.info(`Booked the paid parts of ${booked} order(s) that waited for their other lapas.`)
}
