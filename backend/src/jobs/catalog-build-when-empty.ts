import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { buildCatalogIfEmpty } from "../lib/catalog/http-cache"

/**
 * Every five minutes on the worker: builds the catalogue read model when it is empty while Medusa
 * has products (a new deployment, a restored database), so the first buyer does not wait for it.
 * A read model that has rows is kept up to date by src/subscribers/catalog-read-model.ts.
 */
export default async function catalogBuildWhenEmptyJob(container: MedusaContainer) {
  await buildCatalogIfEmpty(container).catch((error) => {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Catalogue read model: could not build it: ${(error as Error).message}`)
  })
}

export const config = {
  name: "catalog-build-when-empty",
  schedule: "*/5 * * * *",
}
