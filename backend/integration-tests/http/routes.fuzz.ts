import fc from "fast-check"
import { demoSeed, integrationTestRunner } from "../runner"
import { LAPAS_B } from "../security/lapas-b"
import { installWriteLog, lapasApiTargets, lastWrite, probeCallers, storeTargets, urlOf, writesSince, type Caller, type Target } from "../security/probes"

/**
 * The fuzz stage (`pnpm test:fuzz`, stage `fuzz` of `pnpm test`): fast-check drives requests to
 * every scoped route of the route table and every store route of security/probes.ts, as lapas
 * B's own member (the role the route serves) or anonymously, with JSON bodies and query strings
 * derived from each route's sample: fields dropped or added, types swapped, huge, negative and
 * fractional numbers, long strings, unicode, NUL bytes, arrays for scalars. Asserts no 5xx, and
 * that a refused request (4xx) wrote nothing: a row trigger on every public table logs each
 * committed insert, update and delete (probes.ts installWriteLog), and no log row may follow a
 * refusal. Bounded: FUZZ_RUNS requests per route (default 4),
 * fixed seed (FUZZ_SEED, printed); the summary lists requests per route and statuses.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 4)
const SEED = Number(process.env.FUZZ_SEED ?? 1808)

const NASTY_STRINGS = ["", " ", "\u0000", "x\u0000y", "a".repeat(5000), "🧺 anyaman", "ä\u0301", "%00", "../../etc", "' OR 1=1 --", "<script>", "2026-13-01", "2026-02-30", "NaN", "-1", "1e309", "null", "{}", "[]"]
const NASTY_NUMBERS = [0, -1, 1.5, -0.5, 1e30, -1e30, 2 ** 31, 2 ** 53, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 1e-9]

const scalar = fc.oneof(
  fc.constantFrom<unknown>(...NASTY_STRINGS, ...NASTY_NUMBERS, null, true, false),
  fc.string({ maxLength: 40, unit: "grapheme" }),
  fc.integer(),
  fc.double({ noNaN: true })
)

/** A value like `sample` with its type or size bent. */
function mutate(sample: unknown, depth = 0): fc.Arbitrary<unknown> {
  const alternatives: fc.Arbitrary<unknown>[] = [fc.constant(sample), scalar, fc.constant([sample]), fc.constant({})]
  if (typeof sample === "string") alternatives.push(fc.constantFrom(`${sample}\u0000`, sample.repeat(200), sample.toUpperCase(), ` ${sample} `))
  if (typeof sample === "number") alternatives.push(fc.constantFrom(sample + 0.5, -sample, sample * 1e12, String(sample)))
  if (Array.isArray(sample) && depth < 4) {
    alternatives.push(fc.constant([]), fc.array(sample.length ? mutate(sample[0], depth + 1) : scalar, { maxLength: 4 }))
  }
  if (sample && typeof sample === "object" && !Array.isArray(sample) && depth < 4) alternatives.push(mutateObject(sample as Record<string, unknown>, depth + 1))
  return fc.oneof({ maxDepth: 3 }, ...alternatives)
}

/** The sample's fields, each kept (maybe bent) or dropped, and maybe an unknown one added. */
function mutateObject(sample: Record<string, unknown>, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.fromEntries(Object.entries(sample).map(([key, value]) => [key, fc.option(mutate(value, depth), { nil: undefined, freq: 4 })]))
  return fc.record({ fields: fc.record(fields), extra: fc.option(fc.tuple(fc.constantFrom("lapas_id", "id", "__proto__", "metadata", "extra"), scalar), { nil: undefined }) }).map(({ fields, extra }) => {
    const out: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value
    if (extra) out[extra[0]] = extra[1]
    return out
  })
}

const queryValue = fc.oneof(fc.constantFrom(...NASTY_STRINGS, "1", "0", "-5", "1.5", "99999999999999999999", "true"), fc.string({ maxLength: 30 }))

/** Mostly the sample's own value; sometimes a bent one; sometimes left out. */
const sometimes = <T>(value: fc.Arbitrary<T>, weight = 1) =>
  fc.oneof({ weight: 4 - weight, arbitrary: fc.constant(undefined) }, { weight, arbitrary: value })

/**
 * A query string like the sample's: each of its parameters kept (weight 3), bent or dropped, and
 * now and then q, limit, offset, from, to, lapas_id or an unknown parameter added, so most
 * requests get past strict query validation to the route itself.
 */
function mutateQuery(sample: Record<string, string>): fc.Arbitrary<Record<string, string>> {
  const own = Object.fromEntries(
    Object.entries(sample).map(([key, value]) => [
      key,
      fc.oneof({ weight: 3, arbitrary: fc.constant<string | undefined>(value) }, { weight: 1, arbitrary: queryValue }, { weight: 1, arbitrary: fc.constant(undefined) }),
    ])
  )
  const extras = Object.fromEntries(
    ["q", "limit", "offset", "from", "to", "lapas_id", "fields"].filter((key) => !(key in sample)).map((key) => [key, sometimes(queryValue)])
  )
  return fc.record({ ...own, ...extras }).map(
    (query) => Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined)) as Record<string, string>
  )
}

function requestOf(target: Target) {
  return fc.record({
    caller: fc.constantFrom<Caller>(target.caller, target.caller, target.caller, "anonymous"),
    params: fc.record(Object.fromEntries(Object.entries(target.params).map(([k, v]) => [k, fc.oneof({ weight: 3, arbitrary: fc.constant(v) }, fc.constantFrom(`${v}x`, "x", "%", `${v}\u0000`, "a".repeat(300)))]))),
    query: mutateQuery(target.query),
    body: target.body === undefined ? fc.constant(undefined) : mutate(target.body),
  })
}

/** Waits until no write lands in the log for 300 ms (at most 5 s): a success's subscribers settle. */
async function settled(sql: (text: string) => Promise<any[]>) {
  let last = await lastWrite(sql)
  for (let i = 0; i < 16; i++) {
    await new Promise((resolve) => setTimeout(resolve, 300))
    const now = await lastWrite(sql)
    if (now === last) return
    last = now
  }
}

integrationTestRunner({
  database: "demo",
  testSuite: ({ api, getContainer, dbConnection }) => {
    const sql = async (text: string, params: unknown[] = []) => (await dbConnection.raw(text, params)).rows as any[]
    let as: Awaited<ReturnType<typeof probeCallers>>["as"]
    let targets: Target[]

    beforeAll(async () => {
      const callers = await probeCallers(api, getContainer(), demoSeed())
      as = callers.as
      // Multipart routes (photos, proofs) take no JSON body; their form fields are covered by the input-hygiene suite.
      targets = [...lapasApiTargets(callers.b), ...storeTargets({ b: callers.b, cartId: callers.cartId, lapasHandle: LAPAS_B })].filter(
        (t) => !t.multipart
      )
    })

    it(`answers every fuzzed request with no 5xx and writes nothing when it refuses (seed ${SEED}, ${RUNS} runs per route)`, async () => {
      const perRoute = new Map<string, Map<number, number>>()
      const histogram = new Map<number, number>()
      const failures: string[] = []
      const logged = await installWriteLog(sql)
      console.info(`fuzz: seed ${SEED} (FUZZ_SEED), ${RUNS} requests per route (FUZZ_RUNS), ${targets.length} routes, writes logged on ${logged} tables`)

      for (const [index, target] of targets.entries()) {
        const known = failures.length
        await fc.assert(
          fc.asyncProperty(requestOf(target), async (request) => {
            const headers = request.caller === "anonymous" ? {} : { ...as[request.caller].headers }
            if (request.caller === "anonymous" && target.caller === "store") Object.assign(headers, as.store.headers)
            const url = urlOf({ path: target.path, params: request.params, query: request.query })
            const before = await lastWrite(sql)
            const response = await api.request({
              method: target.method,
              url,
              // Serialised here, so a scalar or null body goes out as JSON too (axios would form-encode it).
              data: request.body === undefined ? undefined : JSON.stringify(request.body),
              headers: request.body === undefined ? headers : { ...headers, "content-type": "application/json" },
              validateStatus: () => true,
              transformResponse: [(raw: unknown) => raw],
              responseType: "text",
            })
            const status = response.status
            histogram.set(status, (histogram.get(status) ?? 0) + 1)
            const mine = perRoute.get(target.key) ?? new Map<number, number>()
            mine.set(status, (mine.get(status) ?? 0) + 1)
            perRoute.set(target.key, mine)
            const shown = `${target.method} ${url.slice(0, 200)} as ${request.caller} ${JSON.stringify(request.body ?? null).slice(0, 300)}`
            if (status >= 500) {
              failures.push(`${shown} → ${status}: ${String(response.data).slice(0, 300)}`)
              return false
            }
            if (status >= 400) {
              const written = await writesSince(sql, before)
              if (written.length) {
                failures.push(`${shown} → ${status} but rows were written: ${written.join(", ")}`)
                return false
              }
            }
            // A write's subscribers (notifications, search index) finish after the response:
            // wait for the counts to settle so they are not blamed on the next request.
            if (status < 400) await settled(sql)
            return true
          }),
          { numRuns: RUNS, seed: SEED + index, endOnFailure: true, verbose: 0 }
        ).catch((error: Error) => {
          // A false return was recorded above; anything else (the request itself threw) is recorded here.
          if (failures.length === known) {
            const lines = String(error.message).split("\n")
            const cause = lines.filter((line) => /Got error|Error:/.test(line)).slice(0, 3)
            failures.push(`${target.key}: ${[...lines.slice(0, 2), ...cause].join(" ")}`)
          }
        })
      }

      const total = [...histogram.values()].reduce((a, n) => a + n, 0)
      console.info(
        `fuzz summary: ${total} requests on ${perRoute.size} routes, seed ${SEED}\n` +
          `  by status: ${[...histogram].sort((a, z) => a[0] - z[0]).map(([s, n]) => `${s}: ${n}`).join(", ")}\n` +
          [...perRoute]
            .map(([key, statuses]) => `  ${key}: ${[...statuses].sort((a, z) => a[0] - z[0]).map(([s, n]) => `${s}×${n}`).join(" ")}`)
            .join("\n")
      )
      expect(failures).toEqual([])
    })
  },
})
