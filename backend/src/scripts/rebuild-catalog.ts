import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { rebuildCatalog } from "../lib/catalog/read-model"
import { announceCatalogChange } from "../lib/catalog/response-cache"
import { revalidateStorefront } from "../lib/catalog/storefront-revalidate"
import { sqlOf } from "../lib/sql"

/**
 * `medusa exec ./src/scripts/rebuild-catalog.ts` (`pnpm --filter backend catalog:rebuild`):
 * rebuilds the catalogue read model from Medusa's products, then tells the server processes and
 * the storefront. Safe to run at any time.
 */
export default async function rebuildCatalogScript({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  const { kept, removed } = await rebuildCatalog(container)
  await announceCatalogChange(sqlOf(container))
  const revalidated = await revalidateStorefront(["catalog"])
  if (!revalidated.ok) logger.warn(`Catalogue read model: the storefront did not revalidate: ${revalidated.reason}`)
  logger.info(`Catalogue read model rebuilt in ${Date.now() - started} ms: ${kept} products, ${removed} left out.`)
}
