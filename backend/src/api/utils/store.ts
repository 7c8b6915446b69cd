import type { MedusaRequest, MedusaStoreRequest } from "@medusajs/framework/http"

/** The sales channels of the request's publishable key (the store middleware sets them). */
export function salesChannelIdsOf(req: MedusaRequest): string[] {
  return (req as MedusaStoreRequest).publishable_key_context?.sales_channel_ids ?? []
}
