// The load generator's HTTP client: node:http with one keep-alive agent (cheaper per request than
// fetch, so the generator stays far from being the bottleneck), JSON in and out, the store API's
// publishable key on every request. Every answer is timed and handed to a recorder under its
// route pattern (ids replaced), so the report groups `/store/carts/cart_01…` as `/store/carts/:id`.
import http from "node:http"

/**
 * The query string as @medusajs/js-sdk writes it (qs's default: arrays as `key[0]=a&key[1]=b`,
 * brackets percent-encoded), so the backend parses exactly what the storefront sends.
 */
export function queryString(query = {}) {
  const parts = []
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue
    if (Array.isArray(value)) {
      value.forEach((item, index) =>
        parts.push(`${encodeURIComponent(`${key}[${index}]`)}=${encodeURIComponent(String(item))}`)
      )
    } else {
      parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    }
  }
  return parts.length ? `?${parts.join("&")}` : ""
}

/** `/store/carts/cart_01J…/line-items` → `/store/carts/:id/line-items` (Medusa ids are `prefix_ULID`, the prefix may have an underscore: `pay_col_…`). */
export function routePattern(method, path) {
  const pathname = path.split("?")[0]
  const pattern = pathname
    .split("/")
    .map((segment) => (/^[a-z]+(_[a-z]+)*_[0-9A-HJKMNP-TV-Z]{26}$/.test(segment) ? ":id" : segment))
    .join("/")
  return `${method} ${pattern}`
}

/**
 * @param {{ baseUrl: string, publishableKey: string, record: (entry: object) => void,
 *   timeoutMs?: number, maxSockets?: number }} options
 *   record receives `{ route, status, ms, body, error?, retried }` for every request made.
 */
export function createClient({ baseUrl, publishableKey, record, timeoutMs = 30_000, maxSockets = 512 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets, keepAliveMsecs: 1_000 })
  const { hostname, port } = new URL(baseUrl)
  let reconnects = 0

  function once({ method, path, payload, headers }) {
    return new Promise((resolve) => {
      const started = performance.now()
      const req = http.request(
        {
          agent,
          host: hostname,
          port,
          method,
          path,
          headers: {
            accept: "application/json",
            "x-publishable-api-key": publishableKey,
            ...(payload ? { "content-type": "application/json", "content-length": Buffer.byteLength(payload) } : {}),
            ...headers,
          },
        },
        (res) => {
          const chunks = []
          res.on("data", (chunk) => chunks.push(chunk))
          res.on("end", () =>
            resolve({ status: res.statusCode, ms: performance.now() - started, body: Buffer.concat(chunks).toString() })
          )
          res.on("error", (error) => resolve({ status: 0, ms: performance.now() - started, error }))
        }
      )
      req.setTimeout(timeoutMs, () => req.destroy(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: "TIMEOUT" })))
      req.on("error", (error) =>
        resolve({ status: 0, ms: performance.now() - started, error, reusedSocket: req.reusedSocket })
      )
      if (payload) req.write(payload)
      req.end()
    })
  }

  /**
   * One request; resolves (never rejects) with `{ status, ms, json() , text }`. status 0 means no
   * answer (the error is in `error`). A keep-alive socket the server had just closed (ECONNRESET on a
   * reused socket, or EPIPE writing to it, before any answer) is retried once on a fresh one, as Node's documentation
   * advises; those are counted (`reconnects`) and reported.
   */
  async function request(method, pathname, { query, body, headers = {} } = {}) {
    const path = `${pathname}${queryString(query)}`
    const payload = body === undefined ? undefined : JSON.stringify(body)
    let answer = await once({ method, path, payload, headers })
    let retried = false
    if (answer.status === 0 && answer.reusedSocket && ["ECONNRESET", "EPIPE"].includes(answer.error?.code)) {
      reconnects++
      retried = true
      answer = await once({ method, path, payload, headers })
    }
    const route = routePattern(method, pathname)
    let parsed
    const result = {
      route,
      status: answer.status,
      ms: answer.ms,
      error: answer.error,
      text: answer.body ?? "",
      json() {
        if (parsed === undefined) {
          try {
            parsed = JSON.parse(result.text)
          } catch {
            parsed = null
          }
        }
        return parsed
      },
    }
    record({ ...result, retried })
    return result
  }

  return {
    request,
    get: (path, query, headers) => request("GET", path, { query, headers }),
    post: (path, body, query, headers) => request("POST", path, { body, query, headers }),
    reconnects: () => reconnects,
    close: () => agent.destroy(),
  }
}
