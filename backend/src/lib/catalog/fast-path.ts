import type { IncomingMessage, ServerResponse } from "node:http"
import { fastEntry, keepFastEntry } from "./response-cache"

/**
 * The catalogue routes' fast path. Medusa runs every /store request through its pipeline before
 * a route sees it: express-session, CORS, the publishable-key check (a `query.graph` of the key
 * and its sales channels on every request) and the app's own middlewares; profiled on the demo
 * data, that is most of the CPU a catalogue read costs once its answer is cached. So a response
 * the pipeline already let through once (same publishable key, same URL, status 200) is kept
 * whole, headers included, and answered again before the pipeline, until the read model changes
 * (response-cache.ts: NOTIFY, CATALOG_RESPONSE_CACHE_MS). Everything else takes the normal way:
 * another key or URL, a first request, a request with an Origin header (a browser: CORS headers
 * depend on it), any other method or route.
 *
 * A key revoked (or its sales channels changed) meanwhile still reads the same public catalogue
 * page until the entry expires (CATALOG_RESPONSE_CACHE_MS, default 60 s). CATALOG_FAST_PATH=false
 * turns the fast path off.
 */

const FAST_PREFIXES = ["/store/catalog/cards", "/store/catalog/products/"]
const KEY_HEADER = "x-publishable-api-key"
/** Headers of the first response not repeated (per connection or per response). */
const NOT_REPEATED = new Set(["set-cookie", "content-length", "date", "connection", "keep-alive", "transfer-encoding"])

const enabled = () => process.env.CATALOG_FAST_PATH !== "false"

function eligible(req: { method?: string; url?: string; headers: IncomingMessage["headers"] }): string | null {
  if (req.method !== "GET" || !req.url || req.headers.origin) return null
  const token = req.headers[KEY_HEADER]
  if (typeof token !== "string" || !token) return null
  if (!FAST_PREFIXES.some((prefix) => req.url!.startsWith(prefix))) return null
  return `${token}\n${req.url}`
}

function matches(header: string | string[] | undefined, etag: string): boolean {
  if (!header) return false
  const values = (Array.isArray(header) ? header.join(",") : header).split(",").map((v) => v.trim().replace(/^W\//, ""))
  return values.includes("*") || values.includes(etag)
}

/** Answers the request from a kept response when there is one; false to let the pipeline run. */
export function answerFromFastPath(req: IncomingMessage, res: ServerResponse): boolean {
  if (!enabled()) return false
  const key = eligible(req)
  if (!key) return false
  const hit = fastEntry(key)
  if (!hit) return false
  if (matches(req.headers["if-none-match"], hit.etag)) {
    res.writeHead(304, { ...hit.headers })
    res.end()
  } else {
    res.writeHead(200, { ...hit.headers, "content-length": String(Buffer.byteLength(hit.body)) })
    res.end(hit.body)
  }
  return true
}

/** Keeps the response the route is about to send (status 200, all headers set) for the fast path. */
export function keepForFastPath(
  req: { method?: string; url?: string; originalUrl?: string; headers: IncomingMessage["headers"] },
  headers: Record<string, unknown>,
  body: string,
  etag: string
): void {
  if (!enabled()) return
  const key = eligible({ method: req.method, url: req.originalUrl ?? req.url, headers: req.headers })
  if (!key) return
  const kept: Record<string, string | string[]> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || NOT_REPEATED.has(name.toLowerCase())) continue
    kept[name] = Array.isArray(value) ? value.map(String) : String(value)
  }
  keepFastEntry(key, { headers: kept, body, etag })
}

let installed = false

/**
 * Puts the fast path in front of every Express application created after this call (Medusa
 * creates its app after loading medusa-config.ts, which calls this). Idempotent.
 */
export function installCatalogFastPath(): void {
  if (installed || !enabled()) return
  installed = true
  let proto: { handle: (req: IncomingMessage, res: ServerResponse, next?: unknown) => void }
  try {
    // The express Medusa itself loads (the one of @medusajs/medusa's start command).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    proto = require(require.resolve("express", { paths: [require.resolve("@medusajs/medusa/package.json")] })).application
  } catch (error) {
    console.warn(`Catalogue fast path off: ${(error as Error).message}`)
    return
  }
  const handle = proto.handle
  proto.handle = function fastPathFirst(this: unknown, req: IncomingMessage, res: ServerResponse, next?: unknown) {
    if (answerFromFastPath(req, res)) return
    return handle.call(this, req, res, next)
  }
}
