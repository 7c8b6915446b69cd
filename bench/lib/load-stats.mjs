// What the load run measured: every answer's time kept exactly (a five-minute run makes tens of
// thousands, a few hundred kilobytes of numbers), sorted once at the end for nearest-rank
// percentiles per route. Each answer is one of: ok, sold out (a race for the last units lost:
// 409/422, or Medusa's 400 "Some variant does not have the required inventory" when a line is
// added and "Not enough stock available for item …" when the reservation at completion fails), or an error
// (anything else ≥ 400, or no answer at all).

/** Nearest-rank percentile of an ascending array (p in 0..100). */
export function percentile(sorted, p) {
  if (!sorted.length) return null
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[Math.min(rank, sorted.length) - 1]
}

const SOLD_OUT_400 = /insufficient_inventory|required inventory|not enough stock|inventory|stok/i

/** ok | sold_out | error, from the status and the answer's text. */
export function classify({ status, text }) {
  if (status >= 200 && status < 400) return "ok"
  if (status === 409 || status === 422) return "sold_out"
  if (status === 400 && SOLD_OUT_400.test(text ?? "")) return "sold_out"
  return "error"
}

function messageOf({ error, text }) {
  if (error) return `${error.code ?? ""} ${error.message}`.trim()
  try {
    const body = JSON.parse(text)
    return String(body.message ?? body.error ?? text).slice(0, 160)
  } catch {
    return String(text ?? "").slice(0, 160)
  }
}

export function createStats() {
  const routes = new Map()
  let recording = true
  const route = (name) => {
    let entry = routes.get(name)
    if (!entry) {
      entry = { times: [], ok: 0, soldOut: 0, errors: 0, byStatus: new Map(), samples: new Map() }
      routes.set(name, entry)
    }
    return entry
  }
  return {
    /** Stops counting (the warm-up before, the drain after the measured window are not counted). */
    set recording(value) {
      recording = value
    },
    get recording() {
      return recording
    },
    record(answer) {
      if (!recording) return
      const entry = route(answer.route)
      entry.times.push(answer.ms)
      const kind = classify(answer)
      if (kind === "ok") {
        entry.ok++
        return
      }
      const key = `${kind}|${answer.status || "no answer"}`
      entry.byStatus.set(key, (entry.byStatus.get(key) ?? 0) + 1)
      if (!entry.samples.has(key)) entry.samples.set(key, messageOf(answer))
      if (kind === "sold_out") entry.soldOut++
      else entry.errors++
    },
    /** Per route: count, p50/p95/p99/max in ms, errors, sold out; sorted by count. */
    summary() {
      const rows = []
      for (const [name, entry] of routes) {
        const sorted = Float64Array.from(entry.times).sort()
        rows.push({
          route: name,
          requests: sorted.length,
          p50: percentile(sorted, 50),
          p95: percentile(sorted, 95),
          p99: percentile(sorted, 99),
          max: sorted.length ? sorted[sorted.length - 1] : null,
          errors: entry.errors,
          soldOut: entry.soldOut,
        })
      }
      return rows.sort((a, b) => b.requests - a.requests)
    },
    /** Every answer's time, all routes together, ascending. */
    allTimes() {
      const all = []
      for (const entry of routes.values()) all.push(...entry.times)
      return Float64Array.from(all).sort()
    },
    /** `[{ kind, route, status, count, sample }]`: errors and sold-outs by route and status. */
    failures() {
      const out = []
      for (const [name, entry] of routes) {
        for (const [key, count] of entry.byStatus) {
          const [kind, status] = key.split("|")
          out.push({ kind, route: name, status, count, sample: entry.samples.get(key) })
        }
      }
      return out.sort((a, b) => a.kind.localeCompare(b.kind) || b.count - a.count)
    },
  }
}
