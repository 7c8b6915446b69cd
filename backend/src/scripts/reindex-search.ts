import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SEARCH_MODULE } from "../modules/search"
import type SearchModuleService from "../modules/search/service"
import { reindexAllProducts } from "../workflows/search/sync-search-index"

/**
 * `medusa exec ./src/scripts/reindex-search.ts` (`pnpm search:reindex`): rebuilds the search
 * index from the products in the database, in the engine the configuration chooses
 * (Meilisearch when MEILISEARCH_HOST is set, PostgreSQL otherwise). Safe to run at any time.
 */
export default async function reindexSearch({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const search: SearchModuleService = container.resolve(SEARCH_MODULE)
  await search.setupEngine()
  const started = Date.now()
  const { indexed, removed } = await reindexAllProducts(container)
  logger.info(
    `Search index (${search.engineName()}) rebuilt in ${Date.now() - started} ms: ` +
      `${indexed} products indexed, ${removed} left out (unpublished or of a switched-off lapas).`
  )
}
