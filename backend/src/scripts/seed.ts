import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemoData } from "./seed-demo"

/** `medusa exec ./src/scripts/seed.ts`: the demo marketplace, safe to run again. */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const result = await seedDemoData(container, { log: (m) => logger.info(m) })
  logger.info(`Publishable key for the storefront: ${result.publishableKey}`)
}
