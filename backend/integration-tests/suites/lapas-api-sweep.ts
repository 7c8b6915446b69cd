import type { MemberRole } from "@karya-binaan/contracts"
import { defineSuite, demoSeed } from "../runner"
import { loginAs, loginAsMember, type Headers } from "../helpers"
import { buildLapasB, fingerprintOfB, foreignIdsOf, leakedMarkers, LAPAS_A, LAPAS_B, type LapasB } from "../security/lapas-b"
import type { RouteSample } from "../security/route-samples"
import { loadRouteSamples, loadRouteTable, type RouteEntry } from "../security/route-table"

/**
 * The scoped API's security sweep, generated from its route table (security/route-table.ts):
 * every route, as staff and as finance of lapas A, with lapas B's ids from the route's sample in
 * every path, body and query position, in five spellings of the path and with field selection
 * added. No response may carry B's data, every refusal must be a 403 or 404 (400 only where the
 * shared middleware refuses field selection or an odd spelling) with a message, and B's rows must
 * be unchanged afterwards. See integration-tests/README.md.
 */

type Variant = "canonical" | "upper-case words" | "trailing slash" | "encoded letter" | "upper-case prefix" | "fields/expand"
const FIELD_SELECTION = { fields: "*lapas,+lapas.*", expand: "lapas" }
const BATCH = 8

interface Call {
  route: RouteEntry
  caller: "staffA" | "financeA" | "staffB" | "financeB" | "national"
  variant: Variant | "list lapas_id"
  url: string
  body?: unknown
  multipart?: ReturnType<NonNullable<RouteSample["multipart"]>>
  carriesB: boolean
}

interface Outcome {
  call: Call
  status: number
  message: string
  text: string
}

/** `/lapas-api/orders/:id` with the params filled in, in one spelling. */
export function spell(path: string, params: Record<string, string>, variant: Variant) {
  const segments = path.split("/") // ["", "lapas-api", ...]
  const isWord = (segment: string, index: number) => index >= 2 && !segment.startsWith(":") && segment !== "*"
  const firstWord = segments.findIndex(isWord)
  const filled = segments.map((segment, index) => {
    if (segment.startsWith(":")) return encodeURIComponent(params[segment.slice(1)] ?? "")
    if (variant === "upper-case words" && isWord(segment, index)) return segment.toUpperCase()
    if (variant === "encoded letter" && index === firstWord) {
      return `%${segment.charCodeAt(0).toString(16).toUpperCase()}${segment.slice(1)}`
    }
    if (variant === "upper-case prefix" && index === 1) return segment.toUpperCase()
    return segment
  })
  let url = filled.join("/")
  if (variant === "trailing slash") url += "/"
  return url
}

function variantsOf(route: RouteEntry): Variant[] {
  const hasWord = route.path.split("/").some((segment, index) => index >= 2 && !segment.startsWith(":"))
  return [
    "canonical",
    ...(hasWord ? (["upper-case words", "encoded letter"] as Variant[]) : []),
    "trailing slash",
    "upper-case prefix",
    "fields/expand",
  ]
}

function withQuery(url: string, query: Record<string, string>) {
  const search = new URLSearchParams(query).toString()
  return search ? `${url}?${search}` : url
}

function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value]
  if (Array.isArray(value)) return value.flatMap(stringsIn)
  if (value && typeof value === "object") {
    if (Buffer.isBuffer(value)) return []
    return Object.values(value).flatMap(stringsIn)
  }
  return []
}

function formOf(fields: NonNullable<Call["multipart"]>) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === "string") form.append(name, value)
    else form.append(name, new Blob([new Uint8Array(value.file)], { type: value.type }), value.name)
  }
  return form
}

/** Which of the caller's roles a route serves; public handlers serve everyone. */
function serves(route: RouteEntry, role: MemberRole) {
  if (!route.access) return false
  return "public" in route.access || route.access.roles.includes(role)
}

export default defineSuite({
  testSuite: ({ api, getContainer, dbConnection }) => {
    const as: Record<Call["caller"] | "admin", Headers> = {} as any
    const roleOf: Record<Call["caller"], MemberRole> = {
      staffA: "lapas_staff",
      financeA: "finance",
      staffB: "lapas_staff",
      financeB: "finance",
      national: "national",
    }
    let b: LapasB
    let routes: RouteEntry[]
    let samples: Record<string, RouteSample>
    const sql = async (text: string, params: unknown[] = []) => (await dbConnection.raw(text, params)).rows as any[]

    beforeAll(async () => {
      as.admin = await loginAs(api, "admin@karyabinaan.test")
      as.staffA = await loginAsMember(api, `staff+${LAPAS_A}@karyabinaan.test`)
      as.financeA = await loginAsMember(api, `finance+${LAPAS_A}@karyabinaan.test`)
      as.staffB = await loginAsMember(api, `staff+${LAPAS_B}@karyabinaan.test`)
      as.financeB = await loginAsMember(api, `finance+${LAPAS_B}@karyabinaan.test`)
      as.national = await loginAsMember(api, "nasional@karyabinaan.test")
      b = await buildLapasB(api, getContainer(), demoSeed(), as.admin)
      routes = loadRouteTable()
      samples = loadRouteSamples().samples
    })

    async function send(call: Call): Promise<Outcome> {
      const headers = { ...as[call.caller].headers }
      const data = call.multipart ? formOf(call.multipart) : call.body
      const response = await api.request({
        method: call.route.method,
        url: call.url,
        data,
        headers,
        validateStatus: () => true,
        // Documents (PDF, CSV, XLSX) come back as text, so markers in them are found too.
        transformResponse: [(raw: unknown) => raw],
        responseType: "text",
      })
      const text = typeof response.data === "string" ? response.data : JSON.stringify(response.data ?? "")
      let message = ""
      try {
        message = String(JSON.parse(text)?.message ?? "")
      } catch {
        message = ""
      }
      return { call, status: response.status, message, text }
    }

    async function inBatches(calls: Call[]) {
      const outcomes: Outcome[] = []
      for (let i = 0; i < calls.length; i += BATCH) {
        outcomes.push(...(await Promise.all(calls.slice(i, i + BATCH).map(send))))
      }
      return outcomes
    }

    function callsOf(route: RouteEntry, caller: Call["caller"], variants: Variant[]): Call[] {
      const sample = samples[route.key] ?? {}
      const params = sample.params?.(b.ids) ?? {}
      const body = sample.body?.(b.ids)
      const multipart = sample.multipart?.(b.ids)
      const query = sample.query?.(b.ids) ?? {}
      const sent = [...Object.values(params), ...stringsIn(body), ...stringsIn(multipart), ...Object.values(query)]
      const foreign = foreignIdsOf(b)
      const carriesB = sent.some((value) => foreign.some((id) => value.includes(id)))
      return variants.map((variant) => ({
        route,
        caller,
        variant,
        url: withQuery(
          spell(route.path, params, variant === "fields/expand" ? "canonical" : variant),
          variant === "fields/expand" ? { ...query, ...FIELD_SELECTION } : query
        ),
        body,
        multipart,
        carriesB,
      }))
    }

    /** What a response of the sweep must not be, in words; null when it is as it should. */
    function wrongWith(outcome: Outcome): string | null {
      const { call, status, message, text } = outcome
      const requestText = `${call.url} ${JSON.stringify(call.body ?? null)} ${JSON.stringify(stringsIn(call.multipart))}`
      const leaked = leakedMarkers(b.markers, text, requestText)
      if (leaked.length) return `carries lapas B's data: ${leaked.slice(0, 5).join(", ")}`
      if (status >= 500) return `answered ${status}: ${message || text.slice(0, 200)}`
      if (status >= 300 && !message) return `answered ${status} without a message: ${text.slice(0, 200)}`
      if (call.variant === "fields/expand") return status === 400 ? null : `answered ${status} to field selection (400 expected)`
      if (call.variant === "encoded letter" || call.variant === "upper-case prefix") {
        return [400, 404].includes(status) ? null : `answered ${status} to an odd spelling (404 expected)`
      }
      if (call.variant === "list lapas_id") return null
      const role = roleOf[call.caller]
      if (call.variant === "trailing slash") {
        // The shared middleware refuses the empty segment (404); were it to let it through, the
        // handler's own role and scope checks answer (403 or 404).
        if (!serves(call.route, role) || call.carriesB) {
          return [403, 404].includes(status) ? null : `answered ${status} with a trailing slash (403 or 404 expected)`
        }
        return null
      }
      if (!serves(call.route, role)) return status === 403 ? null : `answered ${status} to a ${role} caller the route does not serve (403 expected)`
      if (call.carriesB) return [403, 404].includes(status) ? null : `answered ${status} to a request with lapas B's ids (403 or 404 expected)`
      return null
    }

    function report(title: string, outcomes: Outcome[]) {
      const byStatus = new Map<string, number>()
      for (const { status, call } of outcomes) {
        const key = `${status}${call.carriesB ? "" : " (no B id)"}`
        byStatus.set(key, (byStatus.get(key) ?? 0) + 1)
      }
      const routeCount = new Set(outcomes.map((o) => o.call.route.key)).size
      const callers = [...new Set(outcomes.map((o) => o.call.caller))]
      const variants = [...new Set(outcomes.map((o) => o.call.variant))]
      console.info(
        `${title}: ${outcomes.length} requests = ${routeCount} routes × ${variants.length} spellings (${variants.join(", ")}) × ${callers.length} callers (${callers.join(", ")})\n` +
          `  by status: ${[...byStatus.entries()].sort().map(([status, n]) => `${status}: ${n}`).join(", ")}`
      )
    }

    it("refuses lapas B's ids on every route, spelling and caller of lapas A, leaking and writing nothing", async () => {
      expect(routes.length).toBeGreaterThan(0)
      const before = await fingerprintOfB(sql, b)
      const calls = routes.flatMap((route) =>
        (["staffA", "financeA"] as const).flatMap((caller) => callsOf(route, caller, variantsOf(route)))
      )
      const outcomes = await inBatches(calls)
      report("lapas-api sweep", outcomes)
      const wrong = outcomes
        .map((outcome) => ({ outcome, wrong: wrongWith(outcome) }))
        .filter((x) => x.wrong)
        .map(({ outcome: { call, status }, wrong }) => `${call.caller} ${call.route.method} ${call.url} [${call.variant}] → ${status}: ${wrong}`)
      const after = await fingerprintOfB(sql, b)
      const changedOfB = Object.keys(before).filter((part) => before[part] !== after[part])
      expect({ wrong, changedOfB }).toEqual({ wrong: [], changedOfB: [] })
    })

    it("shows lapas A's callers nothing of B when a list is asked for lapas B", async () => {
      const lists = routes.filter((route) => route.method === "GET" && route.params.length === 0)
      expect(lists.length).toBeGreaterThan(0)
      const calls = lists.flatMap((route) =>
        (["staffA", "financeA"] as const).map((caller) => {
          const query = { ...(samples[route.key]?.query?.(b.ids) ?? {}), lapas_id: b.ids.lapas }
          return { route, caller, variant: "list lapas_id", url: withQuery(route.path, query), carriesB: true } satisfies Call
        })
      )
      const outcomes = await inBatches(calls)
      report("lapas-api lists asked for lapas B", outcomes)
      const wrong = outcomes
        .map((outcome) => ({ outcome, wrong: wrongWith(outcome) }))
        .filter((x) => x.wrong)
        .map(({ outcome: { call, status }, wrong }) => `${call.caller} GET ${call.url} → ${status}: ${wrong}`)
      expect(wrong).toEqual([])
    })

    it("uses samples lapas B's own members can read, so the refusals above come from the scope check", async () => {
      // Only reads: B's own writes would change what the sweep checks. A sample naming a record
      // that does not exist would be refused with 404 for everyone and prove nothing.
      const reads = routes.filter((route) => route.method === "GET" && samples[route.key] && route.access && "roles" in route.access)
      const calls = reads.flatMap((route) => {
        const roles = (route.access as { roles: readonly MemberRole[] }).roles
        const caller: Call["caller"] = roles.includes("lapas_staff") ? "staffB" : roles.includes("finance") ? "financeB" : "national"
        return callsOf(route, caller, ["canonical"])
      })
      const outcomes = await inBatches(calls)
      report("lapas-api samples read by lapas B", outcomes)
      const failed = outcomes
        .filter((o) => o.status >= 300)
        .map((o) => `${o.call.caller} GET ${o.call.url} → ${o.status}: ${o.message || o.text.slice(0, 200)}`)
      expect(failed).toEqual([])
    })
  },
})
