import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createSalesChannelsWorkflow } from "@medusajs/medusa/core-flows"
import { DIRECT_SALES_CHANNEL_NAME } from "@karya-binaan/contracts"

/**
 * The sales channel every direct sale's order is placed on, made on first use. No publishable
 * key links it, so the store API never sells through it.
 */
export async function ensureDirectSalesChannel(scope: MedusaContainer): Promise<string> {
  const channels = scope.resolve(Modules.SALES_CHANNEL)
  const [existing] = await channels.listSalesChannels({ name: DIRECT_SALES_CHANNEL_NAME }, { select: ["id"] })
  if (existing) return existing.id
  const { result } = await createSalesChannelsWorkflow(scope).run({
    input: {
      salesChannelsData: [
        {
          name: DIRECT_SALES_CHANNEL_NAME,
          description: "Penjualan langsung lapas: pameran, showroom, gerbang, koperasi (panel Pusat Lapas)",
          is_disabled: false,
        },
      ],
    },
  })
  return result[0].id
}
