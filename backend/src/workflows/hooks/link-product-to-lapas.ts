import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { LAPAS_MODULE } from "../../modules/lapas"
import { shippingProfileIdOfLapas } from "../../lib/shipping/provision"

/**
 * A product created through Medusa's admin API (the national office's administrators) or the
 * scoped API belongs to the lapas in `additional_data.lapas_id`; the scoped API always puts the
 * member's own lapas there. It also ships in that lapas's shipping profile, whatever profile the
 * admin picked: only the lapas's profile has its couriers and pickup, so a product elsewhere could
 * never be checked out.
 */
type LinkDefinition = Record<string, Record<string, string>>
type Compensation = { links: LinkDefinition[]; dismissed: LinkDefinition[] }

createProductsWorkflow.hooks.productsCreated(
  async ({ products, additional_data }, { container }) => {
    const lapasId = additional_data?.lapas_id
    if (typeof lapasId !== "string" || !lapasId) {
      return new StepResponse<LinkDefinition[], Compensation>([], { links: [], dismissed: [] })
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const links: LinkDefinition[] = products.map((product) => ({
      [LAPAS_MODULE]: { lapas_id: lapasId },
      [Modules.PRODUCT]: { product_id: product.id },
    }))
    const dismissed: LinkDefinition[] = []
    const profileId = await shippingProfileIdOfLapas(container, lapasId)
    if (profileId) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["id", "shipping_profile.id"],
        filters: { id: products.map((p) => p.id) },
      })
      for (const product of data as { id: string; shipping_profile?: { id: string } | null }[]) {
        if (product.shipping_profile?.id === profileId) continue
        if (product.shipping_profile?.id) {
          dismissed.push({
            [Modules.PRODUCT]: { product_id: product.id },
            [Modules.FULFILLMENT]: { shipping_profile_id: product.shipping_profile.id },
          })
        }
        links.push({
          [Modules.PRODUCT]: { product_id: product.id },
          [Modules.FULFILLMENT]: { shipping_profile_id: profileId },
        })
      }
    }
    if (dismissed.length) await link.dismiss(dismissed)
    await link.create(links)
    return new StepResponse<LinkDefinition[], Compensation>(links, { links, dismissed })
  },
  async (created: Compensation | undefined, { container }) => {
    if (!created?.links?.length) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.dismiss(created.links)
    if (created.dismissed.length) await link.create(created.dismissed)
  }
)
