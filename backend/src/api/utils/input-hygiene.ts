import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Input hygiene, before any route's own validation: a NUL byte anywhere in the path, the query
 * string (keys and values, nested objects and arrays) or a JSON body is refused with a 400 that
 * names the field. PostgreSQL refuses NUL in text, so such a value used to reach a query and come
 * back as a 500. The other C0 control characters (U+0001–U+001F) are refused too, except tab,
 * line feed and carriage return, which text fields (notes, stories, addresses) legitimately carry:
 * no form of the storefront, the panel or Medusa's dashboard produces the rest, and they only
 * serve to hide text from people reading it later (a report, a receipt, a ledger).
 *
 * Route params are not known yet to a middleware registered for `/store/*` (Medusa resolves them
 * per route), so the path is checked segment by segment, decoded; a malformed percent-encoding
 * there is a 400 too (Express would otherwise fail to decode the param later).
 *
 * Multipart bodies are parsed after this runs (utils/multipart.ts, per route), which applies the
 * same rule to their text fields.
 */

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/

/** The walk stops at this depth; deeper JSON is refused rather than walked without end. */
const MAX_DEPTH = 32

function describe(char: string) {
  if (char === "\u0000") return "a NUL byte (\\u0000)"
  const code = char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")
  return `a control character (U+${code})`
}

/** The first forbidden character in `value`, or null. */
export function forbiddenCharacterIn(value: string): string | null {
  const match = FORBIDDEN.exec(value)
  return match ? match[0] : null
}

function join(prefix: string, key: string | number) {
  if (typeof key === "number") return `${prefix}[${key}]`
  return prefix ? `${prefix}.${key}` : key
}

/** Where in `value` (a parsed query or JSON body) a forbidden character is: [field, character]. */
export function findForbidden(value: unknown, prefix = "", depth = 0): [string, string] | null {
  if (typeof value === "string") {
    const char = forbiddenCharacterIn(value)
    return char ? [prefix || "value", char] : null
  }
  if (!value || typeof value !== "object") return null
  if (depth > MAX_DEPTH) return [prefix || "value", "depth"]
  if (Buffer.isBuffer(value)) return null
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findForbidden(value[i], join(prefix, i), depth + 1)
      if (found) return found
    }
    return null
  }
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const keyChar = forbiddenCharacterIn(key)
    if (keyChar) return [`${prefix ? `${prefix}.` : ""}${JSON.stringify(key)} (a field name)`, keyChar]
    const found = findForbidden(item, join(prefix, key), depth + 1)
    if (found) return found
  }
  return null
}

/** The 400 for a forbidden character (or too deep a nesting) found in `field` of the `where`. */
export function refusal(where: string, field: string, char: string) {
  if (char === "depth") {
    return new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${field} in the ${where} is nested more than ${MAX_DEPTH} levels deep; send a flatter request.`
    )
  }
  return new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `${field} in the ${where} contains ${describe(char)}; remove it and send the request again.`
  )
}

/** 400 for a NUL byte or another C0 control character in the path, the query or a JSON body. */
export function refuseControlCharacters(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const rawPath = (req.originalUrl ?? req.url ?? "").split("?")[0]
  const segments = rawPath.split("/")
  for (let i = 1; i < segments.length; i++) {
    let decoded: string
    try {
      decoded = decodeURIComponent(segments[i])
    } catch {
      return next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Path segment ${i} (${JSON.stringify(segments[i].slice(0, 60))}) is not valid percent-encoding; encode it with encodeURIComponent.`
        )
      )
    }
    const char = forbiddenCharacterIn(decoded)
    if (char) {
      const shown = JSON.stringify(decoded.slice(0, 60))
      return next(refusal("path", `Path segment ${i} (${shown})`, char))
    }
  }
  const inQuery = findForbidden(req.query ?? {})
  if (inQuery) return next(refusal("query string", `The parameter ${inQuery[0]}`, inQuery[1]))
  const body = req.body as unknown
  if (body && typeof body === "object" && !Buffer.isBuffer(body)) {
    const inBody = findForbidden(body)
    if (inBody) return next(refusal("request body", `The field ${inBody[0]}`, inBody[1]))
  }
  next()
}

/** Registered first in api/middlewares.ts, so it runs before every route's own middlewares. */
export const inputHygieneMiddlewares: MiddlewareRoute[] = ["/store*", "/lapas-api*", "/admin*", "/auth*"].map((matcher) => ({
  matcher,
  middlewares: [refuseControlCharacters],
}))
