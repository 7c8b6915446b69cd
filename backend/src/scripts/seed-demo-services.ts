import { SERVICE_PRODUCT_TYPE } from "@karya-binaan/contracts"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ensureServiceProductType } from "../lib/catalog/service-type"
import { PRODUCTION_MODULE } from "../modules/production"
import type ProductionModuleService from "../modules/production/service"
import { recordProductionBatchWorkflow } from "../workflows/production/record-production-batch"
import { DEMO_SERVICE_BATCH_NOTES, SERVICES } from "./demo-data/services"

type Count = (what: string, n?: number) => void

/** The calendar day (WIB) `days` days before now, YYYY-MM-DD. */
function daysAgo(days: number) {
  return new Date(Date.now() + 7 * 3_600_000 - days * 86_400_000).toISOString().slice(0, 10)
}

/**
 * The demo services (demo-data/services.ts): the "jasa" product type, each service as a published
 * product of its lapas (found by handle; variants without stock tracking; in the lapas's shipping
 * profile through the product-to-lapas link hook, so its voucher is redeemed by the free pickup),
 * and one batch layanan per variant with the lapas's own inmates as makers (found by variant and
 * notes). Creates only what is missing, so a second run changes nothing.
 */
export async function ensureDemoServices(
  container: MedusaContainer,
  context: {
    salesChannelId: string
    currency: string
    /** Lapas handle → id. */
    lapasIds: Map<string, string>
    /** Lapas handle → its active demo inmates' ids, in code order. */
    activeInmates: Map<string, string[]>
    count: Count
  }
) {
  const products = container.resolve(Modules.PRODUCT)
  const hadType = (await products.listProductTypes({ value: SERVICE_PRODUCT_TYPE }, { select: ["id"] })).length > 0
  const typeId = await ensureServiceProductType(container)
  if (!hadType) context.count("product type")

  const existing = await products.listProducts(
    { handle: SERVICES.map((s) => s.handle) },
    { select: ["handle"], withDeleted: true }
  )
  const present = new Set(existing.map((p) => p.handle))
  for (const service of SERVICES.filter((s) => !present.has(s.handle))) {
    await createProductsWorkflow(container).run({
      input: {
        products: [
          {
            title: service.title,
            subtitle: service.subtitle,
            handle: service.handle,
            description: service.description,
            status: ProductStatus.PUBLISHED,
            type_id: typeId,
            options: [{ title: "Varian", values: service.variants.map((v) => v.title) }],
            variants: service.variants.map((variant) => ({
              title: variant.title,
              sku: variant.sku,
              options: { Varian: variant.title },
              manage_inventory: false,
              prices: [{ amount: variant.price, currency_code: context.currency }],
            })),
            sales_channels: [{ id: context.salesChannelId }],
            metadata: { service: true },
          },
        ],
        // The link hook links the product to its lapas and puts it in the lapas's shipping profile.
        additional_data: { lapas_id: context.lapasIds.get(service.lapas)! },
      },
    })
    context.count("service")
  }

  const production: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
  const variants = await products.listProductVariants(
    { sku: SERVICES.flatMap((s) => s.variants.map((v) => v.sku)) },
    { select: ["id", "sku"] }
  )
  const variantIdBySku = new Map(variants.map((v) => [v.sku, v.id]))
  const recorded = new Set(
    (
      await production.listProductionBatches(
        { variant_id: variants.map((v) => v.id), notes: DEMO_SERVICE_BATCH_NOTES },
        { select: ["variant_id"] }
      )
    ).map((b) => b.variant_id)
  )
  for (const service of SERVICES) {
    const inmates = context.activeInmates.get(service.lapas) ?? []
    for (const variant of service.variants) {
      const variantId = variantIdBySku.get(variant.sku)
      if (!variantId || recorded.has(variantId)) continue
      const { batch } = variant
      await recordProductionBatchWorkflow(container).run({
        input: {
          actor_lapas_id: null,
          variant_id: variantId,
          quantity: batch.quantity,
          unit_cost: batch.material_cost + batch.labour_cost,
          material_cost: batch.material_cost,
          labour_cost: batch.labour_cost,
          produced_on: daysAgo(batch.days_ago),
          notes: DEMO_SERVICE_BATCH_NOTES,
          makers: batch.makers.map((m) => ({ inmate_id: inmates[m.inmate], work_units: m.work_units })),
        },
      })
      context.count("service batch")
    }
  }
}
