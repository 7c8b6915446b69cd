import type { MedusaContainer } from "@medusajs/framework/types"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SEARCH_MODULE } from "../../modules/search"
import type SearchModuleService from "../../modules/search/service"
import type { SearchDocument } from "../../modules/search/types"
import {
  buildSearchDocuments,
  buildSearchDocumentsStep,
  listAllProductIds,
  SEARCH_BUILD_CHUNK_SIZE,
  sqlOfContainer,
} from "./steps/build-search-documents"
import { applySearchDocumentsStep, type SyncSearchIndexResult } from "./steps/apply-search-documents"

/**
 * Keeping the search index in step with Medusa's products: the documents of the given products
 * are rebuilt from the database and written, the ones no longer sellable are removed. The index
 * is derived data, so a failed run is simply run again (nothing to compensate).
 */

export interface SyncSearchIndexInput {
  product_ids: string[]
}

export const syncSearchIndexWorkflow = createWorkflow("sync-search-index", (input: SyncSearchIndexInput) => {
  const built = buildSearchDocumentsStep(input)
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
// ---------------------------------------------------------------------------------------------

let tail: Promise<unknown> = Promise.resolve()

/** Runs `work` after every piece of work queued before it has finished (failed or not). */
function serialised<T>(work: () => Promise<T>): Promise<T> {
  const run = tail.then(work, work)
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

let pending = new Set<string>()
/** The run that will take the ids now pending (made when the first of them arrives). */
let nextRun: Waiter | null = null
let draining = false

async function drain(container: MedusaContainer) {
  draining = true
  try {
    while (pending.size) {
      const ids = [...pending]
      const done = nextRun!
      pending = new Set()
      nextRun = null
      try {
        await serialised(() => syncSearchIndexWorkflow(container).run({ input: { product_ids: ids } }))
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
 * Queues the products for a sync of their documents; resolves once a run that read the database
 * after this call has written the index (rejects when that run failed).
 */
export function queueSearchIndexSync(container: MedusaContainer, productIds: string[]): Promise<void> {
  const ids = productIds.filter((id) => typeof id === "string" && id.length > 0)
  if (!ids.length) return Promise.resolve()
  for (const id of ids) pending.add(id)
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
  return serialised(async () => {
    const sql = sqlOfContainer(container)
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
