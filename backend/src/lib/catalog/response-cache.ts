import { createHash } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SqlClient } from "../sql"

/**
 * The catalogue routes' serialised answers, kept in this process and keyed by (route, query,
 * sales channels), each with its strong ETag. An answer is served from here only while no write
 * to the read model happened since it was made: every refresh sends a PostgreSQL NOTIFY on
 * CATALOG_CHANGED_CHANNEL, and each server process LISTENs on a connection of its own, so a write
 * on the worker reaches both server processes of the production topology without Redis. While that
 * connection is down (or before it is up) nothing is served from here. Entries also expire after
 * CATALOG_RESPONSE_CACHE_MS (default 60 000; 0 turns the cache off).
 */

export const CATALOG_CHANGED_CHANNEL = "catalog_card_changed"

const MAX_ENTRIES = 2000

export interface CachedAnswer {
  status: number
  body: string
  etag: string
  /** True when the answer is (now) in this process's cache, valid until the next change. */
  cached?: boolean
}

interface Entry extends CachedAnswer {
  version: number
  expires: number
}

const entries = new Map<string, Entry>()

/**
 * Whole responses (headers included) of the fast path (fast-path.ts), keyed by publishable key
 * and URL; forgotten on every change, like the answers.
 */
export interface FastEntry {
  headers: Record<string, string | string[]>
  body: string
  etag: string
  version: number
  expires: number
}
const fast = new Map<string, FastEntry>()
let version = 0
let listening = false
let starting: Promise<void> | null = null

function cacheMs(): number {
  const raw = process.env.CATALOG_RESPONSE_CACHE_MS
  const ms = raw === undefined || raw === "" ? 60_000 : Number(raw)
  return Number.isFinite(ms) && ms > 0 ? ms : 0
}

/** Strong ETag of a body: a quoted hash of its bytes. */
export function etagOf(body: string): string {
  return `"${createHash("sha1").update(body).digest("base64url")}"`
}

/** Forgets every cached answer of this process (called on a local write and on a NOTIFY). */
export function bumpCatalogVersion(): void {
  version++
  entries.clear()
  fast.clear()
}

/** The fast path's response for `key`, while the cache is valid. */
export function fastEntry(key: string): FastEntry | undefined {
  const hit = fast.get(key)
  if (!hit) return undefined
  if (!listening || hit.version !== version || hit.expires <= Date.now()) {
    fast.delete(key)
    return undefined
  }
  return hit
}

/** Keeps a whole response for the fast path (only while the cache is valid). */
export function keepFastEntry(key: string, entry: Omit<FastEntry, "version" | "expires">): void {
  const ms = cacheMs()
  if (!listening || ms === 0) return
  if (fast.size >= MAX_ENTRIES) fast.delete(fast.keys().next().value as string)
  fast.set(key, { ...entry, version, expires: Date.now() + ms })
}

/** Tells every process (this one too) that the read model changed. Never throws. */
export async function announceCatalogChange(sql: SqlClient): Promise<void> {
  bumpCatalogVersion()
  await sql.raw(`SELECT pg_notify(?, '')`, [CATALOG_CHANGED_CHANNEL]).then(
    () => undefined,
    () => undefined
  )
}

interface PgClient {
  connect(): Promise<void>
  query(sql: string): Promise<unknown>
  end(): Promise<void>
  on(event: string, listener: (...args: any[]) => void): void
}

/** Opens this process's LISTEN connection (once; again after it broke). */
function ensureListening(scope: MedusaContainer): void {
  if (listening || starting || cacheMs() === 0) return
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as {
    client: { driver: { Client: new (settings: unknown) => PgClient }; connectionSettings: unknown }
  }
  const logger = scope.resolve(ContainerRegistrationKeys.LOGGER)
  starting = (async () => {
    const client = new knex.client.driver.Client(knex.client.connectionSettings)
    const lost = (why: string) => {
      if (!listening) return
      listening = false
      bumpCatalogVersion()
      logger.warn(`Catalogue cache: the LISTEN connection is gone (${why}); answers are read afresh until it is back.`)
      client.end().catch(() => undefined)
    }
    client.on("error", (error: Error) => lost(error.message))
    client.on("end", () => lost("closed"))
    client.on("notification", (message: { channel: string }) => {
      if (message.channel === CATALOG_CHANGED_CHANNEL) bumpCatalogVersion()
    })
    try {
      await client.connect()
      await client.query(`LISTEN ${CATALOG_CHANGED_CHANNEL}`)
      bumpCatalogVersion()
      listening = true
    } catch (error) {
      client.end().catch(() => undefined)
      logger.warn(`Catalogue cache: cannot LISTEN (${(error as Error).message}); answers are read afresh.`)
    }
  })().finally(() => {
    // Retry later rather than on every request when the database refuses.
    setTimeout(() => (starting = null), listening ? 0 : 5_000).unref?.()
  })
}

/**
 * The answer of `key`: from this process's cache when still valid, else made by `make` (and
 * kept when the read model did not change meanwhile).
 */
export async function cachedAnswer(
  scope: MedusaContainer,
  key: string,
  make: () => Promise<{ status: number; body: string }>
): Promise<CachedAnswer> {
  ensureListening(scope)
  const now = Date.now()
  const hit = entries.get(key)
  if (hit && listening && hit.version === version && hit.expires > now) return { ...hit, cached: true }
  const madeAt = version
  const made = await make()
  const answer = { ...made, etag: etagOf(made.body) }
  const ms = cacheMs()
  if (listening && ms > 0 && madeAt === version) {
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string)
    entries.set(key, { ...answer, version: madeAt, expires: now + ms })
    return { ...answer, cached: true }
  }
  return answer
}

/** What this process holds (tests, diagnostics). */
export function catalogCacheState(): { listening: boolean; version: number; entries: number; fast: number } {
  return { listening, version, entries: entries.size, fast: fast.size }
}
