import { generateEntityId, MedusaService } from "@medusajs/framework/utils"
import { SearchQuery } from "./models/search-query"
import { PostgresSearchEngine, type InTransaction } from "./engines/postgres"
import { normaliseQuery } from "./query-text"
import type { SearchDocument, SearchEngine, SearchParams, SearchResult } from "./types"

export interface SearchModuleOptions {
  /** Set (from MEILISEARCH_HOST) to search with Meilisearch; PostgreSQL full-text search otherwise. */
  meilisearch?: { host: string; apiKey?: string; indexName?: string }
}

type Repository = { transaction: InTransaction }

export interface SearchLogEntry {
  /** The buyer's text; stored normalised. */
  query: string
  result_count: number
  lapas_id: string | null
  created_at?: Date
}

/**
 * Search behind one interface: documents in, SearchResult out, whichever engine is configured.
 * The search log always lives in PostgreSQL.
 */
class SearchModuleService extends MedusaService({ SearchQuery }) {
  private readonly engine: SearchEngine

  constructor(container: Record<string, unknown>, options: SearchModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    if (options.meilisearch?.host) {
      // Loaded only when configured: the PostgreSQL default never needs the client.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { MeilisearchEngine } = require("./engines/meilisearch") as typeof import("./engines/meilisearch")
      this.engine = new MeilisearchEngine(options.meilisearch)
    } else {
      this.engine = new PostgresSearchEngine((work) => this.repository.transaction(work))
    }
  }

  private get repository(): Repository {
    return (this as unknown as { baseRepository_: Repository }).baseRepository_
  }

  engineName(): SearchEngine["name"] {
    return this.engine.name
  }

  async setupEngine(): Promise<void> {
    await this.engine.setup()
  }

  async upsertDocuments(documents: SearchDocument[]): Promise<void> {
    await this.engine.upsert(documents)
  }

  async removeDocuments(productIds: string[]): Promise<void> {
    await this.engine.remove(productIds)
  }

  async replaceAllDocuments(documents: SearchDocument[]): Promise<void> {
    await this.engine.replaceAll(documents)
  }

  async searchProducts(params: SearchParams): Promise<SearchResult> {
    return this.engine.search(params)
  }

  /** Logs one search; an empty query (browsing) is not a search and is not logged. */
  async logSearch(entry: SearchLogEntry): Promise<void> {
    const query = normaliseQuery(entry.query)
    if (!query) return
    const createdAt = entry.created_at ?? new Date()
    await this.repository.transaction((sql) =>
      sql.execute(
        `INSERT INTO search_query (id, query, result_count, lapas_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
        [generateEntityId("", "srch"), query, Math.max(0, Math.trunc(entry.result_count)), entry.lapas_id, createdAt, createdAt]
      )
    )
  }
}

export default SearchModuleService
