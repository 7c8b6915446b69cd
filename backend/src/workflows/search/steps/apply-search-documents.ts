import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEARCH_MODULE } from "../../../modules/search"
import type SearchModuleService from "../../../modules/search/service"
import type { BuiltSearchDocuments } from "./build-search-documents"

export interface SyncSearchIndexResult {
  indexed: number
  removed: number
}

/** Writes the built documents to the index and removes the others. The index is derived data: nothing to compensate. */
export const applySearchDocumentsStep = createStep(
  "apply-search-documents",
  async (input: BuiltSearchDocuments, { container }) => {
    const search: SearchModuleService = container.resolve(SEARCH_MODULE)
    if (input.documents.length) await search.upsertDocuments(input.documents)
    if (input.removed.length) await search.removeDocuments(input.removed)
    return new StepResponse<SyncSearchIndexResult>({ indexed: input.documents.length, removed: input.removed.length })
  }
)
