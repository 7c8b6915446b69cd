import { model } from "@medusajs/framework/utils"

/**
 * One search a buyer made: the normalised query, how many products it found and the lapas it
 * was limited to. Nothing about who searched (no customer, session or address) is kept.
 */
export const SearchQuery = model
  .define("search_query", {
    id: model.id({ prefix: "srch" }).primaryKey(),
    query: model.text(),
    /** The form the demand report groups it under: typo corrections applied, spelling variants as their first spelling. */
    canonical_query: model.text().nullable(),
    result_count: model.number(),
    /** The lapas filter of the search (a search on a lapas's page), by id; null for all lapas. */
    lapas_id: model.text().nullable(),
  })
  .indexes([{ on: ["created_at"] }, { on: ["lapas_id", "created_at"] }])
