import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemoData } from "./seed-demo"
import { rebuildCatalog } from "../lib/catalog/read-model"

/** `medusa exec ./src/scripts/seed.ts`: the demo marketplace, safe to run again. */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const result = await seedDemoData(container, { log: (m) => logger.info(m) })
  logger.info(`Catalogue read model: ${(await rebuildCatalog(container)).kept} products`)
  logger.info(`Publishable key for the storefront: ${result.publishableKey}`)
}
