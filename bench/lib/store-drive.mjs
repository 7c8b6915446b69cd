// `pnpm bench:store`'s load: one route of one app for a fixed time at a fixed number of
// connections. A single request (a catalogue read, regions, categories) is driven by autocannon's
// programmatic API; a chain of requests that depend on each other (the storefront's catalogue
// "request pair", a cart, a checkout) by `connections` loops of our own on a keep-alive agent with
// as many sockets, each starting its next chain as soon as the last ended (closed loop, as
// autocannon). Either way the figures are the same: completed units (requests or chains) per
// second that answered 2xx throughout, their latency percentiles, and the failures.
import autocannon from "autocannon"
import { createClient, routePattern } from "./load-http.mjs"

/** Nearest-rank percentile of an ascending Float64Array; null when empty. */
export function percentile(sorted, p) {
  if (!sorted.length) return null
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]
}

function summarise({ times, failures, seconds, statuses }) {
  const sorted = Float64Array.from(times).sort()
  return {
    ok: sorted.length,
    rps: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    failures,
    statuses,
    seconds,
  }
}

/**
 * `GET url` with autocannon for `seconds` at `connections`. Latencies of 2xx answers are kept
 * from autocannon's "response" events (its own summary has p97.5, not p95).
 */
export function measureRequest({ url, headers, connections, seconds }) {
  return new Promise((resolve, reject) => {
    const times = []
    const statuses = {}
    const started = performance.now()
    const instance = autocannon(
      { url, headers, connections, duration: seconds, method: "GET", timeout: 60 },
      (error, result) => {
        if (error) return reject(error)
        const elapsed = (performance.now() - started) / 1000
        const failures = result.errors + result.timeouts + result.non2xx
        resolve(summarise({ times, failures, seconds: Math.max(elapsed, seconds), statuses }))
      }
    )
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1
      if (statusCode >= 200 && statusCode < 300) times.push(responseTime)
    })
  })
}

/**
 * The load bench's client (load-http.mjs: one keep-alive agent, the publishable key on every
 * request, a reused socket the server had just closed retried once) with the answers the chains
 * read: `{ get, post, close }`, each resolving `{ status, body, text }` (never rejecting).
 */
export function createJsonClient({ baseUrl, publishableKey, sockets = 10, timeoutMs = 60_000 }) {
  const client = createClient({ baseUrl, publishableKey, record: () => {}, timeoutMs, maxSockets: sockets })
  const answer = async (pending) => {
    const got = await pending
    return { status: got.status, body: got.json(), text: got.error ? String(got.error) : got.text }
  }
  return {
    get: (path, headers) => answer(client.request("GET", path, { headers })),
    post: (path, body, headers) => answer(client.request("POST", path, { body: body ?? {}, headers })),
    close: client.close,
  }
}

/** Thrown by a chain's step that did not answer 2xx; counted as a failure under its step name and status. */
export class StepFailed extends Error {
  constructor(step, answer) {
    super(`${step}: HTTP ${answer.status} ${answer.text?.slice(0, 300) ?? ""}`)
    this.step = step
    this.status = answer.status
  }
}

/** The answer when it is 2xx, else StepFailed. */
export function expectOk(step, answer) {
  if (answer.status < 200 || answer.status >= 300) throw new StepFailed(step, answer)
  return answer
}

/**
 * `connections` loops running `chain(client, n)` (n: a number unique in the run) for `seconds`;
 * a chain that throws is a failure (not timed), the loop goes on. Returns the summary with
 * `firstFailure` (its message) for the report.
 */
export async function measureChain({ client, chain, connections, seconds }) {
  // Each request of the chains timed under its route (ids replaced): where a chain's time goes.
  const stepTimes = new Map()
  const timed = (method, send) => async (path, ...rest) => {
    const begun = performance.now()
    const answer = await send(path, ...rest)
    const route = routePattern(method, path.split("?")[0])
    if (!stepTimes.has(route)) stepTimes.set(route, [])
    stepTimes.get(route).push(performance.now() - begun)
    return answer
  }
  const stepClient = { ...client, get: timed("GET", client.get), post: timed("POST", client.post) }
  const times = []
  const statuses = {}
  let failures = 0
  let firstFailure = null
  let counter = 0
  const started = performance.now()
  const deadline = started + seconds * 1000
  const loop = async () => {
    while (performance.now() < deadline) {
      const n = counter++
      const begun = performance.now()
      try {
        await chain(stepClient, n)
        times.push(performance.now() - begun)
        statuses.ok = (statuses.ok ?? 0) + 1
      } catch (error) {
        failures++
        const key = error instanceof StepFailed ? `${error.step} ${error.status}` : "exception"
        statuses[key] = (statuses[key] ?? 0) + 1
        firstFailure ??= error instanceof Error ? error.message : String(error)
        // A failing app answers fast; do not spin on it.
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    }
  }
  await Promise.all(Array.from({ length: connections }, loop))
  const elapsed = (performance.now() - started) / 1000
  const steps = [...stepTimes].map(([route, list]) => {
    const sorted = Float64Array.from(list).sort()
    return { route, count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95) }
  })
  return { ...summarise({ times, failures, seconds: elapsed, statuses }), firstFailure, steps }
}
