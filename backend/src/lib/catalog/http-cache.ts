import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { catalogNeedsBuild, rebuildCatalog } from "./read-model"
import { keepForFastPath } from "./fast-path"
import { announceCatalogChange, cachedAnswer } from "./response-cache"
import { sqlOf } from "../sql"

/**
 * HTTP caching of the catalogue routes: a strong ETag over the body (If-None-Match → 304) and
 * `Cache-Control: public, max-age=CATALOG_CACHE_MAX_AGE, stale-while-revalidate=CATALOG_CACHE_SWR`
 * (seconds; defaults 30 and 300), varying by the publishable key. Errors are not cached.
 */

function seconds(name: string, fallback: number): number {
  const raw = process.env[name]
  const value = raw === undefined || raw === "" ? fallback : Number(raw)
  return Number.isSafeInteger(value) && value >= 0 ? value : fallback
}

export function catalogCacheControl(): string {
  return `public, max-age=${seconds("CATALOG_CACHE_MAX_AGE", 30)}, stale-while-revalidate=${seconds("CATALOG_CACHE_SWR", 300)}`
}

/** True when an If-None-Match header names this ETag (or is `*`). */
export function matchesEtag(header: string | string[] | undefined, etag: string): boolean {
  if (!header) return false
  const values = (Array.isArray(header) ? header.join(",") : header).split(",").map((v) => v.trim().replace(/^W\//, ""))
  return values.includes("*") || values.includes(etag)
}

/** Builds the read model when it is empty while Medusa has products (a new or restored database). */
export async function buildCatalogIfEmpty(scope: MedusaContainer): Promise<void> {
  const sql = sqlOf(scope)
  if (!(await catalogNeedsBuild(sql))) return
  const started = Date.now()
  const { kept } = await rebuildCatalog(scope)
  await announceCatalogChange(sql)
  scope
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Catalogue read model was empty: built ${kept} products in ${Date.now() - started} ms.`)
}

let built: Promise<void> | null = null

/** buildCatalogIfEmpty once per process (the routes' first request); a failure is tried again on the next. */
export function ensureCatalogBuilt(scope: MedusaContainer): Promise<void> {
  if (!built) {
    built = buildCatalogIfEmpty(scope).catch((error) => {
      built = null
      throw error
    })
  }
  return built
}

/**
 * Answers a catalogue GET from the process cache (see response-cache.ts) with ETag and
 * Cache-Control; `make` gives the JSON body of a 200 or throws (errors go to Medusa's handler).
 */
export async function sendCatalogAnswer(
  req: MedusaRequest,
  res: MedusaResponse,
  key: string,
  make: () => Promise<unknown>
): Promise<void> {
  const answer = await cachedAnswer(req.scope, key, async () => {
    await ensureCatalogBuilt(req.scope)
    return { status: 200, body: JSON.stringify(await make()) }
  })
  res.setHeader("ETag", answer.etag)
  res.setHeader("Cache-Control", catalogCacheControl())
  res.vary("x-publishable-api-key")
  if (matchesEtag(req.headers["if-none-match"], answer.etag)) {
    res.status(304).end()
    return
  }
  res.status(answer.status).setHeader("Content-Type", "application/json; charset=utf-8")
  if (answer.cached && answer.status === 200) keepForFastPath(req, res.getHeaders(), answer.body, answer.etag)
  res.send(answer.body)
}
