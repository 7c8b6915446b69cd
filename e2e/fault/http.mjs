// The fault suite's HTTP client: every request through the stack's public address, counted by
// operation kind and answer (`ok`, `4xx:<status>`, `5xx:<status>`, `lost`); a 5xx is a failure
// and kept with its message. A request the proxy could not finish because the server it went to
// was killed under it (a 502 from the proxy, or the connection cut) is `lost` and tried once more:
// the suite kills servers on purpose, and a client retries what a dead server dropped.

export class Tally {
  constructor() {
    this.byKind = {}
    this.failures = []
    this.lost = 0
    /** The first message of each refusal, so a summary says what the 4xx were. */
    this.samples = {}
  }
  count(kind, outcome) {
    const row = (this.byKind[kind] ??= {})
    row[outcome] = (row[outcome] ?? 0) + 1
  }
  fail(kind, detail) {
    this.failures.push({ kind, ...detail })
  }
  get fiveHundreds() {
    return Object.values(this.byKind).reduce(
      (sum, row) => sum + Object.entries(row).filter(([k]) => k.startsWith("5xx")).reduce((s, [, n]) => s + n, 0),
      0
    )
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * `client.request(kind, method, path, { token, body, key, ip, expect })` → `{ status, json }`.
 * `ip` goes in X-Forwarded-For (the stack trusts the loopback proxy), so the simulated buyers are
 * counted by the rate limits as the different people they are.
 */
export function httpClient(baseUrl, tally, { timeoutMs = 120_000 } = {}) {
  async function once(method, path, { token, body, key, ip }) {
    const headers = {}
    if (token) headers.authorization = `Bearer ${token}`
    if (key) headers["x-publishable-api-key"] = key
    if (ip) headers["x-forwarded-for"] = ip
    if (body !== undefined) headers["content-type"] = "application/json"
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: body !== undefined ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(timeoutMs),
    })
    const text = await response.text()
    let json = null
    try {
      json = text ? JSON.parse(text) : null
    } catch {
      json = { message: text.slice(0, 300) }
    }
    return { status: response.status, json, upstreamLost: response.status === 502 }
  }

  async function request(kind, method, path, options = {}) {
    let answer
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        answer = await once(method, path, options)
      } catch (error) {
        answer = { status: 0, json: { message: error?.cause?.code ?? error?.message ?? String(error) }, upstreamLost: true }
      }
      if (!answer.upstreamLost) break
      tally.lost++
      tally.count(kind, "lost")
      await sleep(1000 + attempt * 2000)
    }
    const { status, json } = answer
    if (status >= 200 && status < 300) tally.count(kind, "ok")
    else if (status >= 400 && status < 500) {
      tally.count(kind, `4xx:${status}`)
      tally.samples[`${kind} ${status}`] ??= String(json?.message ?? "").slice(0, 160)
    }
    else {
      tally.count(kind, `5xx:${status}`)
      tally.fail(kind, { method, path, status, message: String(json?.message ?? json?.type ?? "").slice(0, 300) })
    }
    return { status, json }
  }
  return { request, baseUrl }
}
