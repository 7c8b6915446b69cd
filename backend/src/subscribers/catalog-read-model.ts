import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  ContainerRegistrationKeys,
  InventoryItemWorkflowEvents,
  InventoryLevelWorkflowEvents,
  ProductCategoryWorkflowEvents,
  ProductCollectionWorkflowEvents,
  ProductTypeWorkflowEvents,
  ProductVariantWorkflowEvents,
  ProductWorkflowEvents,
  ReservationItemWorkflowEvents,
} from "@medusajs/framework/utils"
import { queueCatalogSync, type CatalogReference } from "../lib/catalog/read-model-sync"
import { LAPAS_UPDATED_EVENT } from "../modules/lapas"
import { PRODUCTION_BATCH_CREATED_EVENT } from "../workflows/production/record-production-batch"

/** Event names → the kind of record their `id` names. */
const KIND_OF: Record<string, CatalogReference["kind"]> = {}
const on = (kind: CatalogReference["kind"], events: Record<string, string>, actions: string[]) => {
  for (const action of actions) if (events[action]) KIND_OF[events[action]] = kind
}
on("product", ProductWorkflowEvents, ["CREATED", "UPDATED", "DELETED"])
on("variant", ProductVariantWorkflowEvents, ["CREATED", "UPDATED", "DELETED"])
on("inventory_item", InventoryItemWorkflowEvents, ["UPDATED", "DELETED"])
on("inventory_level", InventoryLevelWorkflowEvents, ["CREATED", "UPDATED", "DELETED"])
on("reservation", ReservationItemWorkflowEvents, ["CREATED", "UPDATED", "DELETED"])
on("category", ProductCategoryWorkflowEvents, ["UPDATED", "DELETED"])
on("collection", ProductCollectionWorkflowEvents, ["UPDATED", "DELETED"])
on("type", ProductTypeWorkflowEvents, ["UPDATED", "DELETED"])
KIND_OF[LAPAS_UPDATED_EVENT] = "lapas"

type EventData = { id?: string | string[]; product_id?: string; variant_id?: string }

function referencesOf(name: string, data: EventData): CatalogReference[] {
  if (name === PRODUCTION_BATCH_CREATED_EVENT) {
    if (data?.product_id) return [{ kind: "product", id: data.product_id }]
    if (data?.variant_id) return [{ kind: "variant", id: data.variant_id }]
    return []
  }
  const kind = KIND_OF[name]
  const ids = Array.isArray(data?.id) ? data.id : [data?.id]
  return kind ? ids.filter((id): id is string => typeof id === "string" && id.length > 0).map((id) => ({ kind, id })) : []
}

/**
 * Keeps the catalogue read model (src/modules/catalog) in step with Medusa: each product, variant
 * (prices are changed through variant updates), inventory, reservation, category, collection,
 * type or lapas event refreshes the cards of the products it concerns, then the storefront's cache
 * tags. One refresh runs at a time in a process; the events that arrive meanwhile are refreshed
 * together in the next, and a stock-only event (reservation, inventory) waits
 * CATALOG_STOCK_COALESCE_MS (250) for others of a burst of checkouts (queueCatalogSync). A failure
 * is logged and thrown, so the event bus runs the event again (the refresh is idempotent);
 * `pnpm --filter backend catalog:rebuild` rebuilds the whole model.
 */
export default async function refreshCatalogReadModel({ event, container }: SubscriberArgs<EventData>) {
  const references = referencesOf(event.name, event.data)
  if (!references.length) return
  try {
    await queueCatalogSync(container, references)
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Catalogue read model: could not follow ${event.name} of ${JSON.stringify(event.data?.id)}: ${(error as Error).message}`)
    throw error
  }
}

export const config: SubscriberConfig = {
  event: [...Object.keys(KIND_OF), PRODUCTION_BATCH_CREATED_EVENT],
  context: { subscriberId: "catalog-read-model" },
}
