import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { LAPAS_MODULE } from "../../modules/lapas"

/**
 * A product created through Medusa's admin API (the national office's administrators) or the
 * scoped API belongs to the lapas in `additional_data.lapas_id`; the scoped API always puts the
 * member's own lapas there.
 */
createProductsWorkflow.hooks.productsCreated(
  async ({ products, additional_data }, { container }) => {
    const lapasId = additional_data?.lapas_id
    if (typeof lapasId !== "string" || !lapasId) {
      return new StepResponse([], [])
    }
    const links = products.map((product) => ({
      [LAPAS_MODULE]: { lapas_id: lapasId },
      [Modules.PRODUCT]: { product_id: product.id },
    }))
    await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    return new StepResponse(links, links)
  },
  async (links, { container }) => {
    if (!links?.length) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links)
  }
)
