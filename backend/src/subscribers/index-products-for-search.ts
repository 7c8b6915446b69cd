import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  ContainerRegistrationKeys,
  InventoryLevelWorkflowEvents,
  ProductCategoryWorkflowEvents,
  ProductVariantWorkflowEvents,
  ProductWorkflowEvents,
  ReservationItemWorkflowEvents,
} from "@medusajs/framework/utils"
import { LAPAS_UPDATED_EVENT } from "../modules/lapas"
import { PRODUCTION_BATCH_CREATED_EVENT } from "../workflows/production/record-production-batch"
import type { SearchReference } from "../workflows/search/steps/resolve-search-products"
import { queueSearchIndexSync } from "../workflows/search/sync-search-index"

const PRODUCT_EVENTS: string[] = [
  ProductWorkflowEvents.CREATED,
  ProductWorkflowEvents.UPDATED,
  ProductWorkflowEvents.DELETED,
]
const VARIANT_EVENTS: string[] = [
  ProductVariantWorkflowEvents.CREATED,
  ProductVariantWorkflowEvents.UPDATED,
  ProductVariantWorkflowEvents.DELETED,
]
const LEVEL_EVENTS: string[] = [
  InventoryLevelWorkflowEvents.CREATED,
  InventoryLevelWorkflowEvents.UPDATED,
  InventoryLevelWorkflowEvents.DELETED,
]
const RESERVATION_EVENTS: string[] = [
  ReservationItemWorkflowEvents.CREATED,
  ReservationItemWorkflowEvents.UPDATED,
  ReservationItemWorkflowEvents.DELETED,
]
const CATEGORY_EVENTS: string[] = [ProductCategoryWorkflowEvents.UPDATED]

type EventData = { id?: string; product_id?: string; variant_id?: string }

/** What the event names, for the sync to resolve to products. */
function referenceOf(name: string, data: EventData): SearchReference | null {
  const id = data?.id
  if (typeof id !== "string" || !id) return null
  if (PRODUCT_EVENTS.includes(name)) return { kind: "product", id }
  if (VARIANT_EVENTS.includes(name)) return { kind: "variant", id }
  if (LEVEL_EVENTS.includes(name)) return { kind: "inventory_level", id }
  if (RESERVATION_EVENTS.includes(name)) return { kind: "reservation", id }
  if (CATEGORY_EVENTS.includes(name)) return { kind: "category", id }
  if (name === PRODUCTION_BATCH_CREATED_EVENT) {
    if (data.product_id) return { kind: "product", id: data.product_id }
    if (data.variant_id) return { kind: "variant", id: data.variant_id }
    return null
  }
  // POST /lapas-api/lapas/:id (switching a lapas on or off, renaming it).
  if (name === LAPAS_UPDATED_EVENT) return { kind: "lapas", id }
  return null
}

/** SEARCH_STOCK_COALESCE_MS (default 250): how long a stock-only change waits for others to be synced with it. */
function stockCoalesceMs(): number {
  const value = Number(process.env.SEARCH_STOCK_COALESCE_MS ?? 250)
  return Number.isFinite(value) && value >= 0 ? value : 250
}

/** Stock-only references (reservations, inventory levels) waiting to be queued together, and their timer. */
let stockBatch: { references: SearchReference[]; timer: NodeJS.Timeout } | null = null

function logFailure(container: SubscriberArgs<EventData>["container"], what: string, error: unknown) {
  container.resolve(ContainerRegistrationKeys.LOGGER).error(`Search index: could not follow ${what}: ${(error as Error).message}`)
}

/**
 * Keeps the search index in step with the products: each event names a product, variant,
 * inventory level, reservation, category or lapas, queued for sync-search-index, which resolves
 * it to the products whose documents it changes and rebuilds those from the database (or removes
 * them from the index when they are no longer sellable). Reservations and inventory levels (every
 * checkout emits them; they can only change a document's stock) are gathered for
 * SEARCH_STOCK_COALESCE_MS and queued together, so a burst of checkouts rebuilds a product's
 * document once. A failure is logged, never thrown back at the emitter: the index is derived data
 * and `medusa exec ./src/scripts/reindex-search.ts` rebuilds it whole.
 */
export default async function indexProductsForSearch({ event, container }: SubscriberArgs<EventData>) {
  const reference = referenceOf(event.name, event.data)
  if (!reference) return
  const waitMs = stockCoalesceMs()
  if ((reference.kind === "reservation" || reference.kind === "inventory_level") && waitMs > 0) {
    if (stockBatch) {
      stockBatch.references.push(reference)
      return
    }
    stockBatch = {
      references: [reference],
      timer: setTimeout(() => {
        const references = stockBatch?.references ?? []
        stockBatch = null
        queueSearchIndexSync(container, references).catch((error) =>
          logFailure(container, `${references.length} stock change(s) (${references.map((r) => r.id).join(", ")})`, error)
        )
      }, waitMs),
    }
    return
  }
  await queueSearchIndexSync(container, [reference]).catch((error) => logFailure(container, `${event.name} of ${event.data.id}`, error))
}

export const config: SubscriberConfig = {
  event: [
    ...PRODUCT_EVENTS,
    ...VARIANT_EVENTS,
    ...LEVEL_EVENTS,
    ...RESERVATION_EVENTS,
    ...CATEGORY_EVENTS,
    LAPAS_UPDATED_EVENT,
    PRODUCTION_BATCH_CREATED_EVENT,
  ],
  context: { subscriberId: "search-index-products" },
}
