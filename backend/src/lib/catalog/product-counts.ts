import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import LapasProductLink from "../../links/lapas-product"

/**
 * Published products per lapas, counting only what a publishable key with these sales channels
 * can sell, as the store's product list would.
 */
export async function publishedProductCounts(scope: MedusaContainer, lapasIds: string[], salesChannelIds: string[]) {
  const counts = new Map<string, number>()
  if (!lapasIds.length) {
    return counts
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: LapasProductLink.entryPoint,
    fields: ["lapas_id", "product_id"],
    filters: { lapas_id: lapasIds },
  })
  const lapasByProduct = new Map((links as { lapas_id: string; product_id: string }[]).map((l) => [l.product_id, l.lapas_id]))
  if (!lapasByProduct.size) {
    return counts
  }
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "sales_channels.id"],
    filters: { id: [...lapasByProduct.keys()], status: "published" },
  })
  for (const product of products as { id: string; sales_channels?: { id: string }[] }[]) {
    // A key without sales channels sells nothing.
    const sellable = (product.sales_channels ?? []).some((c) => c && salesChannelIds.includes(c.id))
    if (!sellable) continue
    const lapasId = lapasByProduct.get(product.id)!
    counts.set(lapasId, (counts.get(lapasId) ?? 0) + 1)
  }
  return counts
}
