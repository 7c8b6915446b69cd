import { generateEntityId, MedusaService } from "@medusajs/framework/utils"
import { SearchQuery } from "./models/search-query"
import { PostgresSearchEngine, type InTransaction } from "./engines/postgres"
import { canonicalQuery, normaliseQuery } from "./query-text"
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
  /** What the engine corrected the query to (SearchResult.corrected_query), if anything. */
  corrected_query?: string | null
  created_at?: Date
}

/** What a buyer did from a results page: opened a product, or put one in the cart. */
export interface SearchEventEntry {
  search_id: string
  kind: "click" | "add_to_cart"
  product_id: string
  created_at?: Date
}

/** An event counts only for a search made within this long before it. */
export const SEARCH_EVENT_WINDOW_MS = 24 * 60 * 60 * 1000
/** Events kept per search at most (a results page shows at most 50 products). */
export const MAX_EVENTS_PER_SEARCH = 50

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

  /**
   * Logs one search, under its canonical form too (typo corrections applied, spelling variants
   * as their first spelling), and returns its id (the results page's id, for search events); an
   * empty query (browsing) is not a search and is not logged (null).
   */
  async logSearch(entry: SearchLogEntry): Promise<string | null> {
    const query = normaliseQuery(entry.query)
    if (!query) return null
    // A correction that found nothing is no better a name for what the buyer wanted.
    const canonical = canonicalQuery(query, entry.result_count > 0 ? (entry.corrected_query ?? null) : null)
    const createdAt = entry.created_at ?? new Date()
    const id = generateEntityId("", "srch")
    await this.repository.transaction((sql) =>
      sql.execute(
        `INSERT INTO search_query (id, query, canonical_query, result_count, lapas_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
        [id, query, canonical, Math.max(0, Math.trunc(entry.result_count)), entry.lapas_id, createdAt, createdAt]
      )
    )
    return id
  }

  /**
   * Records that the buyer of a logged search opened a product from its results page or put one
   * in the cart. Only for a search made within the last SEARCH_EVENT_WINDOW_MS, once per search,
   * kind and product, at most MAX_EVENTS_PER_SEARCH per search. Returns false when the search is
   * unknown or too old (nothing recorded). Nothing about the buyer is stored.
   */
  async recordSearchEvent(event: SearchEventEntry): Promise<boolean> {
    const at = event.created_at ?? new Date()
    return this.repository.transaction(async (sql) => {
      const rows = await sql.execute(
        `SELECT s.id, (SELECT count(*)::int FROM search_event e WHERE e.search_query_id = s.id) AS events
           FROM search_query s
          WHERE s.id = ? AND s.deleted_at IS NULL AND s.created_at <= ? AND s.created_at > ?
          FOR UPDATE`,
        [event.search_id, at, new Date(at.getTime() - SEARCH_EVENT_WINDOW_MS)]
      )
      if (!rows.length) return false
      if (rows[0].events < MAX_EVENTS_PER_SEARCH) {
        await sql.execute(
          `INSERT INTO search_event (search_query_id, kind, product_id, created_at) VALUES (?, ?, ?, ?)
           ON CONFLICT DO NOTHING`,
          [event.search_id, event.kind, event.product_id, at]
        )
      }
      return true
    })
  }
}

export default SearchModuleService
