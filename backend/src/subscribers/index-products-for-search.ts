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
import {
  productIdsOfCategories,
  productIdsOfInventoryLevels,
  productIdsOfLapas,
  productIdsOfReservations,
  productIdsOfVariants,
  sqlOfContainer,
} from "../workflows/search/steps/build-search-documents"
import { PRODUCTION_BATCH_CREATED_EVENT } from "../workflows/production/record-production-batch"
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

/**
 * Keeps the search index in step with the products: each event names a product, variant,
 * inventory level, reservation, category or lapas, which is resolved to the products whose
 * documents it changes; those are rebuilt from the database (or removed from the index when they
 * are no longer sellable). A failure is logged, never thrown back at the emitter: the index is
 * derived data and `medusa exec ./src/scripts/reindex-search.ts` rebuilds it whole.
 */
export default async function indexProductsForSearch({ event, container }: SubscriberArgs<EventData>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const id = event.data?.id
  if (typeof id !== "string" || !id) return
  try {
    const sql = sqlOfContainer(container)
    let productIds: string[] = []
    if (PRODUCT_EVENTS.includes(event.name)) productIds = [id]
    else if (VARIANT_EVENTS.includes(event.name)) productIds = await productIdsOfVariants(sql, [id])
    else if (LEVEL_EVENTS.includes(event.name)) productIds = await productIdsOfInventoryLevels(sql, [id])
    else if (RESERVATION_EVENTS.includes(event.name)) productIds = await productIdsOfReservations(sql, [id])
    else if (CATEGORY_EVENTS.includes(event.name)) productIds = await productIdsOfCategories(sql, [id])
    else if (event.name === PRODUCTION_BATCH_CREATED_EVENT) {
      const { product_id, variant_id } = event.data
      if (product_id) productIds = [product_id]
      else if (variant_id) productIds = await productIdsOfVariants(sql, [variant_id])
    }
    // POST /admin/lapas/:id (switching a lapas on or off, renaming it).
    else if (event.name === LAPAS_UPDATED_EVENT) productIds = await productIdsOfLapas(sql, [id])
    await queueSearchIndexSync(container, productIds)
  } catch (error) {
    logger.error(`Search index: could not follow ${event.name} of ${id}: ${(error as Error).message}`)
  }
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
