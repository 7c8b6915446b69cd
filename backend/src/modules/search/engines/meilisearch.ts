/**
 * The Meilisearch engine: the same SearchEngine as the PostgreSQL one, on a Meilisearch v1.x
 * server through the official `meilisearch` client.
 *
 * What the index holds: every SearchDocument field, plus three derived fields the engine owns:
 * - `lapas_facet` = "handle|name" and `category_facets` = ["handle|name", …] (parallel to
 *   `category_handles` / `category_names`). Meilisearch's facet distribution gives values only,
 *   never another attribute of the documents, so the label travels inside the facet value;
 *   filters still use the plain `lapas_handle` / `category_handles`.
 * - `created_at_ts`: `created_at` in epoch milliseconds, the sort of an empty query (newest
 *   first). A number sorts correctly whatever the ISO string's precision or offset.
 *
 * Writes wait for their Meilisearch task, so a caller that awaited `upsert` finds the change
 * with its next search; a task that fails or does not finish in time is an error.
 */
import { MedusaError } from "@medusajs/framework/utils"
import type {
  EnqueuedTask,
  EnqueuedTaskPromise,
  FacetDistribution,
  IndexSwap,
  Meilisearch,
  MultiSearchQuery,
  MultiSearchResult,
  Settings,
  Task,
} from "meilisearch" with { "resolution-mode": "import" }
import { meilisearchSynonyms, normaliseQuery, queryWords } from "../query-text"
import {
  MAX_SEARCH_LIMIT,
  PRICE_BUCKETS,
  type FacetValue,
  type PriceFacetValue,
  type SearchDocument,
  type SearchEngine,
  type SearchFacets,
  type SearchHit,
  type SearchParams,
  type SearchResult,
} from "../types"

export interface MeilisearchEngineOptions {
  /** e.g. http://127.0.0.1:7700 */
  host: string
  apiKey?: string
  /** Default "products". A full reindex also uses `<indexName>_reindex` for a moment. */
  indexName?: string
  /** How long to wait for one indexing task before failing, ms. Default 30 000. */
  taskTimeoutMs?: number
  /** How often to poll a task while waiting, ms. Default 50. */
  taskPollIntervalMs?: number
  /** Timeout of one HTTP request, ms. Default 10 000. */
  requestTimeoutMs?: number
  /** Documents per addition request. Default 1 000. */
  batchSize?: number
  /** A ready client (tests); otherwise one is made from host and apiKey. */
  client?: Meilisearch
}

/** The document as stored in Meilisearch. */
export type MeilisearchProduct = SearchDocument & {
  lapas_facet: string
  category_facets: string[]
  created_at_ts: number
}

const FACET_SEPARATOR = "|"

export const MEILISEARCH_SETTINGS: Settings = {
  searchableAttributes: ["title", "subtitle", "lapas_name", "category_names", "tags", "description"],
  filterableAttributes: [
    "lapas_handle",
    "category_handles",
    "min_price",
    "price_bucket",
    "in_stock",
    "sales_channel_ids",
    "lapas_facet",
    "category_facets",
  ],
  sortableAttributes: ["created_at_ts", "id"],
  typoTolerance: {
    enabled: true,
    // Meilisearch's default allows no typo below 5 letters, so "jhe" would never find "jahe";
    // Indonesian product words are short (jahe, kopi, meja, tas).
    minWordSizeForTypos: { oneTypo: 3, twoTypos: 8 },
    // A misspelt word is matched in the title, lapas, categories and tags, never against the
    // description's words ("jahee" must not find gloves that are "dijahit"), as the PostgreSQL engine.
    disableOnAttributes: ["description"],
  },
  synonyms: meilisearchSynonyms(),
  // Every lapas and category of the result in the facets (not the first 100), and should there
  // ever be more, the most frequent ones rather than the alphabetically first.
  faceting: { maxValuesPerFacet: 1000, sortFacetValuesBy: { "*": "count" } },
  // Totals and deep pages stay exact up to this many matches (Meilisearch's default is 1 000).
  pagination: { maxTotalHits: 100_000 },
}

/** Which index attribute each facet counts, and which filters are its own. */
const FACETS = {
  lapas: "lapas_facet",
  category: "category_facets",
  price: "price_bucket",
} as const
type FacetName = keyof typeof FACETS
const FACET_NAMES = Object.keys(FACETS) as FacetName[]

const RETRIEVED_ATTRIBUTES = [
  "id",
  "handle",
  "title",
  "thumbnail",
  "lapas_handle",
  "lapas_name",
  "min_price",
  "in_stock",
  "description",
]

/**
 * Meilisearch wraps matches in these; they become `<mark>`…`</mark>` afterwards. Private-use
 * characters never occur in product text, so a literal "<mark>" typed into a title can be told
 * apart from a match and dropped: the only markup in a highlight is ours.
 */
const PRE_TAG = "\uE000"
const POST_TAG = "\uE001"
const CROP_WORDS = 24
const CROP_MARKER = "…"

type StoredHit = Pick<
  MeilisearchProduct,
  "id" | "handle" | "title" | "thumbnail" | "lapas_handle" | "lapas_name" | "min_price" | "in_stock" | "description"
> & { _formatted?: { title?: unknown; description?: unknown } }

export class MeilisearchEngine implements SearchEngine {
  readonly name = "meilisearch" as const
  readonly indexName: string
  private readonly host: string
  private readonly apiKey?: string
  private readonly taskTimeoutMs: number
  private readonly taskPollIntervalMs: number
  private readonly requestTimeoutMs: number
  private readonly batchSize: number
  private clientPromise: Promise<Meilisearch> | null

  constructor(options: MeilisearchEngineOptions) {
    if (!options.host) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "MeilisearchEngine needs a host (MEILISEARCH_HOST)")
    }
    this.host = options.host
    this.apiKey = options.apiKey || undefined
    this.indexName = options.indexName || "products"
    this.taskTimeoutMs = options.taskTimeoutMs ?? 30_000
    this.taskPollIntervalMs = options.taskPollIntervalMs ?? 50
    this.requestTimeoutMs = options.requestTimeoutMs ?? 10_000
    this.batchSize = Math.max(1, options.batchSize ?? 1000)
    this.clientPromise = options.client ? Promise.resolve(options.client) : null
  }

  /** The client; `meilisearch` is an ES module, loaded once on first use. */
  private client(): Promise<Meilisearch> {
    this.clientPromise ??= import("meilisearch").then(
      ({ Meilisearch }) =>
        new Meilisearch({ host: this.host, apiKey: this.apiKey, timeout: this.requestTimeoutMs })
    )
    return this.clientPromise
  }

  async setup(): Promise<void> {
    await this.guard("setup", async () => {
      await this.createIndexIfMissing(this.indexName)
      await this.applySettings(this.indexName)
    })
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (!documents.length) return
    await this.guard("upsert", () => this.addDocuments(this.indexName, documents))
  }

  async remove(productIds: string[]): Promise<void> {
    const ids = [...new Set(productIds)]
    if (!ids.length) return
    await this.guard("remove", async () => {
      const client = await this.client()
      await this.waitFor(client.index(this.indexName).deleteDocuments(ids))
    })
  }

  /**
   * Builds the new content in `<indexName>_reindex` (settings first, then the documents in
   * batches) and swaps it with the live index in one atomic step, then drops the old content.
   * Buyers never see a half-filled index, and a reindex that fails midway leaves the live index
   * as it was. (Like any full reindex, an event indexed into the live index after `documents`
   * were read is undone by the swap until that product's next event; "delete all, add all"
   * has the same window and an empty index on top.) Two reindexes must not run at once: they
   * share the staging index.
   */
  async replaceAll(documents: SearchDocument[]): Promise<void> {
    const staging = `${this.indexName}_reindex`
    await this.guard("replaceAll", async () => {
      const client = await this.client()
      await this.deleteIndexIfPresent(staging) // left over by a reindex that crashed
      await this.createIndexIfMissing(staging)
      await this.applySettings(staging)
      await this.addDocuments(staging, documents)
      await this.createIndexIfMissing(this.indexName) // swapping needs both indexes
      // `rename` is left out: it only exists from Meilisearch 1.18 on, and false is its default.
      await this.waitFor(client.swapIndexes([{ indexes: [this.indexName, staging] } as IndexSwap]))
      await this.deleteIndexIfPresent(staging)
    })
  }

  async search(params: SearchParams): Promise<SearchResult> {
    const withFacets = params.facets !== false
    const words = queryWords(normaliseQuery(params.q ?? ""))
    const q = words.join(" ")
    const limit = Math.min(Math.max(0, Math.floor(params.limit)), MAX_SEARCH_LIMIT)
    const offset = Math.max(0, Math.floor(params.offset))

    // A publishable key without sales channels sees nothing; Meilisearch has no empty IN [].
    const channels = unique(params.sales_channel_ids)
    if (!channels.length) return emptyResult(withFacets)

    const own = facetFilters(params)
    const stock = params.in_stock === true ? ["in_stock = true"] : []
    const filterWithout = (skip: FacetName | null): string[] => [
      `sales_channel_ids IN ${list(channels)}`,
      // A product without a price cannot be bought: never found (as in the PostgreSQL engine).
      "min_price IS NOT NULL",
      ...FACET_NAMES.flatMap((name) => (name === skip ? [] : own[name])),
      ...stock,
    ]

    // Exact totals: Meilisearch counts exhaustively (totalHits) only in page mode. When the
    // offset is a multiple of the limit that is one page; otherwise the first offset+limit hits
    // are fetched and the window cut out here.
    const aligned = limit > 0 && offset % limit === 0
    const hitsPerPage = aligned || limit === 0 ? limit : offset + limit
    const page = aligned ? offset / limit + 1 : 1
    const skip = aligned ? 0 : offset

    // Disjunctive facets: a facet whose filter is not in use counts the main query's matches,
    // so it rides along with it; a facet whose filter is in use gets its own limit-0 query
    // with every filter except that one.
    const alongside = withFacets ? FACET_NAMES.filter((name) => !own[name].length) : []
    const separate = withFacets ? FACET_NAMES.filter((name) => own[name].length) : []

    const queries = (matchingStrategy: "all" | "last"): MultiSearchQuery[] => [
      {
        indexUid: this.indexName,
        q,
        matchingStrategy,
        filter: filterWithout(null),
        hitsPerPage,
        page,
        attributesToRetrieve: RETRIEVED_ATTRIBUTES,
        // An empty query matches no words: plain titles, no description piece, newest first.
        ...(q
          ? {
              attributesToHighlight: ["title"],
              attributesToCrop: ["description"],
              cropLength: CROP_WORDS,
              cropMarker: CROP_MARKER,
              highlightPreTag: PRE_TAG,
              highlightPostTag: POST_TAG,
            }
          : { sort: ["created_at_ts:desc", "id:asc"] }),
        ...(alongside.length ? { facets: alongside.map((name) => FACETS[name]) } : {}),
      },
      ...separate.map((name) => ({
        indexUid: this.indexName,
        q,
        matchingStrategy,
        filter: filterWithout(name),
        limit: 0,
        facets: [FACETS[name]],
      })),
    ]

    // Every word must match; only when that finds nothing may products match fewer of them
    // (Meilisearch drops words from the end), as the PostgreSQL engine falls back to any word.
    let results = await this.multiSearch(queries("all"))
    if (words.length > 1 && totalOf(results[0]) === 0) results = await this.multiSearch(queries("last"))
    const [mainResult, ...facetResults] = results

    const distributionOf = (name: FacetName): Record<string, number> => {
      const i = separate.indexOf(name)
      const result = i === -1 ? mainResult : facetResults[i]
      return (result?.facetDistribution as FacetDistribution | undefined)?.[FACETS[name]] ?? {}
    }

    const hits = (mainResult.hits as StoredHit[]).slice(skip, skip + limit).map((hit) => toSearchHit(hit, q !== ""))
    const total = totalOf(mainResult)
    const facets: SearchFacets = withFacets
      ? {
          lapas: labelledFacet(distributionOf("lapas")),
          category: labelledFacet(distributionOf("category")),
          price: priceFacet(distributionOf("price")),
        }
      : { lapas: [], category: [], price: [] }
    return { hits, facets, total }
  }

  private async multiSearch(queries: MultiSearchQuery[]): Promise<MultiSearchResult<StoredHit>[]> {
    const results = await this.guard("search", async () => {
      const client = await this.client()
      return (await client.multiSearch<{ queries: MultiSearchQuery[] }, StoredHit>({ queries })).results
    })
    if (results.length !== queries.length) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Meilisearch search failed: ${results.length} results for ${queries.length} queries`
      )
    }
    return results
  }

  // ---- writing -----------------------------------------------------------------------------

  private async addDocuments(indexUid: string, documents: SearchDocument[]): Promise<void> {
    if (!documents.length) return
    const client = await this.client()
    const index = client.index<MeilisearchProduct>(indexUid)
    const stored = documents.map(toStoredDocument)
    const enqueued: EnqueuedTask[] = []
    for (let i = 0; i < stored.length; i += this.batchSize) {
      enqueued.push(await index.addDocuments(stored.slice(i, i + this.batchSize), { primaryKey: "id" }))
    }
    for (const task of enqueued) await this.waitFor(task)
  }

  private async applySettings(indexUid: string): Promise<void> {
    const client = await this.client()
    await this.waitFor(client.index(indexUid).updateSettings(MEILISEARCH_SETTINGS))
  }

  /** Creates the index with primary key `id`; an index that already exists is fine. */
  private async createIndexIfMissing(indexUid: string): Promise<void> {
    const client = await this.client()
    await this.waitFor(client.createIndex(indexUid, { primaryKey: "id" }), ["index_already_exists"])
  }

  private async deleteIndexIfPresent(indexUid: string): Promise<void> {
    const client = await this.client()
    try {
      await this.waitFor(client.deleteIndex(indexUid), ["index_not_found"])
    } catch (error) {
      if (apiErrorCode(error) !== "index_not_found") throw error
    }
  }

  /**
   * Waits until Meilisearch has processed the task; throws unless it succeeded (or failed with
   * one of the `acceptable` error codes) or when it is still queued after taskTimeoutMs.
   */
  private async waitFor(enqueued: EnqueuedTaskPromise | EnqueuedTask, acceptable: string[] = []): Promise<Task> {
    const client = await this.client()
    const { taskUid } = await enqueued
    let task: Task
    try {
      task = await client.tasks.waitForTask(taskUid, {
        timeout: this.taskTimeoutMs,
        interval: this.taskPollIntervalMs,
      })
    } catch (error) {
      if ((error as Error)?.name === "MeilisearchTaskTimeOutError") {
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `Meilisearch did not finish task ${taskUid} within ${this.taskTimeoutMs} ms; it is still ` +
            `queued on the server (is Meilisearch overloaded? see GET /tasks/${taskUid})`
        )
      }
      throw error
    }
    if (task.status === "succeeded") return task
    if (task.status === "failed" && task.error && acceptable.includes(task.error.code)) return task
    const reason = task.error ? `${task.error.message} [${task.error.code}]` : "no reason given"
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Meilisearch task ${task.uid} (${task.type} on ${task.indexUid ?? "the instance"}) ${task.status}: ${reason}`
    )
  }

  /** Turns the client's errors into one a person can act on, naming the operation. */
  private async guard<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run()
    } catch (error) {
      if (error instanceof MedusaError) {
        error.message = `Meilisearch ${operation} failed: ${error.message}`
        throw error
      }
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Meilisearch ${operation} failed: ${this.describe(error)}`)
    }
  }

  private describe(error: unknown): string {
    const e = error as { name?: string; message?: string; cause?: any; response?: { status?: number } }
    if (e?.name === "MeilisearchApiError") {
      const body = e.cause as { code?: string; message?: string } | undefined
      return `HTTP ${e.response?.status ?? "?"} ${body?.code ?? "error"}: ${body?.message ?? e.message}`
    }
    if (e?.name === "MeilisearchRequestError") {
      const cause = e.cause as { name?: string; message?: string; cause?: { code?: string; message?: string } }
      if (cause?.name === "MeilisearchRequestTimeOutError") {
        return `Meilisearch at ${this.host} did not answer within ${this.requestTimeoutMs} ms`
      }
      // fetch says "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND, bad port…) is one level down.
      const reason = cause?.cause?.code ?? cause?.cause?.message
      return `cannot reach Meilisearch at ${this.host}: ${cause?.message ?? e.message}${reason ? ` (${reason})` : ""}`
    }
    return e?.message ?? String(error)
  }
}

// ---- documents and results --------------------------------------------------------------------

export function toStoredDocument(doc: SearchDocument): MeilisearchProduct {
  const createdAt = Date.parse(doc.created_at)
  return {
    ...doc,
    lapas_facet: facetValue(doc.lapas_handle, doc.lapas_name),
    category_facets: doc.category_handles.map((handle, i) => facetValue(handle, doc.category_names[i] ?? handle)),
    created_at_ts: Number.isFinite(createdAt) ? createdAt : 0,
  }
}

function facetValue(handle: string, label: string): string {
  return `${handle}${FACET_SEPARATOR}${label}`
}

/** The facet's own filters, as Meilisearch filter expressions (ANDed together). */
function facetFilters(params: SearchParams): Record<FacetName, string[]> {
  const lapas = unique(params.lapas)
  const category = unique(params.category)
  const price: string[] = []
  if (isNumber(params.min_price)) price.push(`min_price >= ${params.min_price}`)
  if (isNumber(params.max_price)) price.push(`min_price <= ${params.max_price}`)
  return {
    lapas: lapas.length ? [`lapas_handle IN ${list(lapas)}`] : [],
    category: category.length ? [`category_handles IN ${list(category)}`] : [],
    price,
  }
}

/** `["a", "b"]` with each value quoted and escaped for Meilisearch's filter syntax. */
function list(values: string[]): string {
  return `[${values.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(", ")}]`
}

function unique(values: string[] | undefined): string[] {
  return [...new Set((values ?? []).filter((v) => typeof v === "string" && v !== ""))]
}

function isNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value)
}

/** Exact in page mode (totalHits); the estimate should a server ever answer in offset mode. */
function totalOf(result: MultiSearchResult<StoredHit>): number {
  return [result.totalHits, result.estimatedTotalHits].find(isNumber) ?? 0
}

function toSearchHit(hit: StoredHit, matched: boolean): SearchHit {
  const formattedTitle = typeof hit._formatted?.title === "string" ? hit._formatted.title : hit.title
  const formattedDescription =
    typeof hit._formatted?.description === "string" ? hit._formatted.description : hit.description
  return {
    id: hit.id,
    title: hit.title,
    handle: hit.handle,
    thumbnail: hit.thumbnail ?? null,
    lapas: { name: hit.lapas_name, handle: hit.lapas_handle },
    min_price: hit.min_price ?? null,
    in_stock: hit.in_stock === true,
    highlight: {
      title: toMarkup(formattedTitle ?? ""),
      // Only a query has a piece of the description to show, as with the PostgreSQL engine.
      description: !matched || !hit.description || !formattedDescription ? null : toMarkup(formattedDescription),
    },
  }
}

/** Meilisearch's tagged text → `<mark>`…`</mark>`, dropping any "<mark>" the text itself contains. */
export function toMarkup(tagged: string): string {
  let out = ""
  let open = false
  for (const part of tagged.split(/([\uE000\uE001])/)) {
    if (part === PRE_TAG) {
      if (!open) out += "<mark>"
      open = true
    } else if (part === POST_TAG) {
      if (open) out += "</mark>"
      open = false
    } else {
      out += part.replace(/<\/?mark>/gi, "")
    }
  }
  if (open) out += "</mark>"
  return out.replace(/<mark><\/mark>/g, "")
}

/** "handle|name" counts → facet values, merged by handle, by count then label. */
function labelledFacet(distribution: Record<string, number>): FacetValue[] {
  const byHandle = new Map<string, FacetValue & { labelCount: number }>()
  for (const [raw, count] of Object.entries(distribution)) {
    const at = raw.indexOf(FACET_SEPARATOR)
    const value = at === -1 ? raw : raw.slice(0, at)
    const label = at === -1 ? raw : raw.slice(at + 1)
    const seen = byHandle.get(value)
    if (!seen) {
      byHandle.set(value, { value, label, count, labelCount: count })
    } else {
      // The same lapas or category under two names (renamed, reindex not finished): one entry,
      // labelled with the name most of its products carry.
      seen.count += count
      if (count > seen.labelCount) Object.assign(seen, { label, labelCount: count })
    }
  }
  return [...byHandle.values()]
    .map(({ value, label, count }) => ({ value, label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label) || a.value.localeCompare(b.value))
}

/** Every bucket in PRICE_BUCKETS order, zero counts included. */
function priceFacet(distribution: Record<string, number>): PriceFacetValue[] {
  return PRICE_BUCKETS.map((bucket) => ({
    value: bucket.value,
    min: bucket.min,
    max: bucket.max,
    count: distribution[bucket.value] ?? 0,
  }))
}

function emptyResult(withFacets: boolean): SearchResult {
  return {
    hits: [],
    facets: { lapas: [], category: [], price: withFacets ? priceFacet({}) : [] },
    total: 0,
  }
}

function apiErrorCode(error: unknown): string | undefined {
  const e = error as { name?: string; cause?: { code?: string } }
  return e?.name === "MeilisearchApiError" ? e.cause?.code : undefined
}
