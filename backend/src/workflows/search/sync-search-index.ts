import type { ILockingModule, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SEARCH_MODULE } from "../../modules/search"
import type SearchModuleService from "../../modules/search/service"
import type { SearchDocument } from "../../modules/search/types"
import {
  buildSearchDocuments,
  buildSearchDocumentsStep,
  listAllProductIds,
  SEARCH_BUILD_CHUNK_SIZE,
} from "./steps/build-search-documents"
import { sqlOf } from "../../lib/sql"
import { applySearchDocumentsStep, type SyncSearchIndexResult } from "./steps/apply-search-documents"
import { resolveSearchProductsStep, type SearchReference } from "./steps/resolve-search-products"

export interface SyncSearchIndexInput {
  product_ids?: string[]
  /** What events named (a variant, an inventory level…), resolved to their products when the run reads. */
  references?: SearchReference[]
}

/**
 * Keeping the search index in step with Medusa's products: the documents of the given products
 * (and of the products the references lead to) are rebuilt from the database and written, the
 * ones no longer sellable are removed. The index is derived data, so a failed run is simply run
 * again (nothing to compensate).
 */
export const syncSearchIndexWorkflow = createWorkflow("sync-search-index", (input: SyncSearchIndexInput) => {
  const productIds = resolveSearchProductsStep(input)
  const built = buildSearchDocumentsStep(transform({ productIds }, ({ productIds }) => ({ product_ids: productIds })))
  const result = applySearchDocumentsStep(built)
  return new WorkflowResponse(result)
})

// ---------------------------------------------------------------------------------------------
// One writer at a time. Events arrive in bursts (a product update emits product.updated and
// product-variant.updated; an order touches many inventory levels) and their subscribers run
// concurrently: two syncs of one product could otherwise read the database in one order and
// write the index in the other, leaving the older state indexed. Here every write to the index
// from this process goes through one queue, each run reads the database after the previous one
// has written, and the ids that arrive while a run is busy are coalesced into the next run.
// Across processes (a worker and a `medusa exec` reindex, or two workers) each run, and the full
// reindex, also holds SEARCH_INDEX_LOCK through Medusa's locking module: in Redis with REDIS_URL
// (every process of the deployment), in memory otherwise (this process, where the queue already
// orders the runs). So a run reads the database only after every other process's run has written.
// ---------------------------------------------------------------------------------------------

/** The locking module's key every write to the search index holds. */
export const SEARCH_INDEX_LOCK = "search-index:write"

/**
 * How long a run waits for the lock (seconds; SEARCH_INDEX_LOCK_TIMEOUT_S, default 300), long
 * enough to wait out a full reindex, which holds the lock while it reads every product and
 * writes the index. Past it the run fails (the subscriber logs it; a reindex catches up).
 */
function lockTimeoutSeconds(): number {
  const value = Number(process.env.SEARCH_INDEX_LOCK_TIMEOUT_S || 300)
  return Number.isFinite(value) && value > 0 ? value : 300
}

/**
 * Runs `work` holding SEARCH_INDEX_LOCK. The Redis provider keeps renewing its lease while `work`
 * runs (a dead process's lock lapses after a minute), and fails the run if the lease was lost.
 */
function underIndexLock<T>(container: MedusaContainer, work: () => Promise<T>): Promise<T> {
  const locking = container.resolve<ILockingModule | undefined>(Modules.LOCKING, { allowUnregistered: true })
  if (!locking) return work()
  return locking.execute(SEARCH_INDEX_LOCK, work, { timeout: lockTimeoutSeconds() })
}

let tail: Promise<unknown> = Promise.resolve()

/**
 * Runs `work` after every piece of work queued before it in this process has finished (failed or
 * not), and while it holds the index lock of the whole deployment.
 */
function serialised<T>(container: MedusaContainer, work: () => Promise<T>): Promise<T> {
  const locked = () => underIndexLock(container, work)
  const run = tail.then(locked, locked)
  tail = run.catch(() => undefined)
  return run
}

interface Waiter {
  promise: Promise<void>
  resolve: () => void
  reject: (error: unknown) => void
}

function waiter(): Waiter {
  let resolve!: () => void
  let reject!: (error: unknown) => void
  const promise = new Promise<void>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

/** The references waiting for the next run, by kind and id (each once). */
let pending = new Map<string, SearchReference>()
/** The run that will take the ids now pending (made when the first of them arrives). */
let nextRun: Waiter | null = null
let draining = false

async function drain(container: MedusaContainer) {
  draining = true
  try {
    while (pending.size) {
      const references = [...pending.values()]
      const done = nextRun!
      pending = new Map()
      nextRun = null
      try {
        await serialised(container, () => syncSearchIndexWorkflow(container).run({ input: { references } }))
        done.resolve()
      } catch (error) {
        done.reject(error)
      }
    }
  } finally {
    draining = false
  }
}

/**
 * Queues what events named for a sync of their products' documents; resolves once a run that
 * read the database after this call has written the index (rejects when that run failed).
 */
export function queueSearchIndexSync(container: MedusaContainer, references: SearchReference[]): Promise<void> {
  const wanted = references.filter((r) => typeof r.id === "string" && r.id.length > 0)
  if (!wanted.length) return Promise.resolve()
  for (const reference of wanted) pending.set(`${reference.kind}:${reference.id}`, reference)
  nextRun ??= waiter()
  const wait = nextRun.promise
  if (!draining) void drain(container)
  return wait
}

/**
 * The full reindex: every product is read again in chunks and the index becomes exactly the
 * sellable ones. `removed` counts the products left out (unpublished, of a switched-off lapas…).
 */
export function reindexAllProducts(container: MedusaContainer): Promise<SyncSearchIndexResult> {
  return serialised(container, async () => {
    const sql = sqlOf(container)
    const ids = await listAllProductIds(sql)
    const documents: SearchDocument[] = []
    let removed = 0
    for (let i = 0; i < ids.length; i += SEARCH_BUILD_CHUNK_SIZE) {
      const built = await buildSearchDocuments(sql, ids.slice(i, i + SEARCH_BUILD_CHUNK_SIZE))
      documents.push(...built.documents)
      removed += built.removed.length
    }
    const search: SearchModuleService = container.resolve(SEARCH_MODULE)
    await search.replaceAllDocuments(documents)
    return { indexed: documents.length, removed }
  })
}
