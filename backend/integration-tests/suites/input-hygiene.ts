import { INVALID_DATES } from "@karya-binaan/contracts"
import { defineSuite, demoSeed } from "../runner"
import { LAPAS_B, type LapasB } from "../security/lapas-b"
import {
  DATE_FIELD,
  probeCallers,
  fieldName,
  lapasApiTargets,
  stringLeaves,
  storeTargets,
  urlOf,
  withLeaf,
  type Caller,
  type Target,
} from "../security/probes"

/**
 * Bad input on a generated list of routes (security/probes.ts: every scoped route of the route
 * table with its sample, the custom store routes and the Medusa store routes the storefront
 * uses): a NUL byte in every path param, query param and string field of the body, and for
 * every date-like field "", "x", "2026-13-01", "2026-02-30" and more (INVALID_DATES). Each must
 * be a 400 whose message names the field; never a 5xx. Then the regressions the fuzz stage and
 * the attack found: a share policy's effective_from, fractional and absurd stock.
 */

const NUL = "\u0000"
const BATCH = 6

interface Probe {
  target: Target
  what: string
  /** The name the refusal must carry. */
  field: string
  url: string
  body?: unknown
  multipart?: Target["multipart"]
}

interface Result {
  probe: Probe
  status: number
  message: string
}

function formOf(fields: NonNullable<Target["multipart"]>) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === "string") form.append(name, value)
    else form.append(name, new Blob([new Uint8Array(value.file)], { type: value.type }), value.name)
  }
  return form
}

function probesOf(target: Target): Probe[] {
  const probes: Probe[] = []
  const base = { target, body: target.body, multipart: target.multipart }
  for (const [name, value] of Object.entries(target.params)) {
    probes.push({ ...base, what: `NUL in path param ${name}`, field: "Path segment", url: urlOf({ ...target, params: { ...target.params, [name]: `${value}${NUL}` } }) })
  }
  const query = target.method === "GET" && !("q" in target.query) ? { ...target.query, q: "" } : target.query
  for (const [name, value] of Object.entries(query)) {
    probes.push({ ...base, what: `NUL in query ${name}`, field: name, url: urlOf({ ...target, query: { ...target.query, [name]: `${value}${NUL}` } }) })
    if (DATE_FIELD.test(name)) {
      for (const bad of INVALID_DATES) {
        probes.push({ ...base, what: `query ${name}=${JSON.stringify(bad)}`, field: name, url: urlOf({ ...target, query: { ...target.query, [name]: bad } }) })
      }
    }
  }
  const url = urlOf(target)
  for (const leaf of stringLeaves(target.body)) {
    const name = fieldName(leaf.path)
    probes.push({ ...base, what: `NUL in body ${name}`, field: name, url, body: withLeaf(target.body, leaf.path, `${leaf.value}${NUL}`) })
    const last = String(leaf.path[leaf.path.length - 1])
    if (DATE_FIELD.test(last)) {
      for (const bad of INVALID_DATES) {
        probes.push({ ...base, what: `body ${name}=${JSON.stringify(bad)}`, field: last, url, body: withLeaf(target.body, leaf.path, bad) })
      }
    }
  }
  for (const [name, value] of Object.entries(target.multipart ?? {})) {
    if (typeof value !== "string") continue
    probes.push({ ...base, what: `NUL in form field ${name}`, field: name, url, multipart: { ...target.multipart, [name]: `${value}${NUL}` } })
    if (DATE_FIELD.test(name)) {
      for (const bad of INVALID_DATES) {
        probes.push({ ...base, what: `form field ${name}=${JSON.stringify(bad)}`, field: name, url, multipart: { ...target.multipart, [name]: bad } })
      }
    }
  }
  return probes
}

export default defineSuite({
  testSuite: ({ api, getContainer }) => {
    let as: Awaited<ReturnType<typeof probeCallers>>["as"]
    let b: LapasB
    let cartId: string

    beforeAll(async () => {
      ;({ as, b, cartId } = await probeCallers(api, getContainer(), demoSeed()))
    })

    const headersOf = (caller: Caller) => (caller === "anonymous" ? {} : { ...as[caller].headers })

    async function send(probe: Probe): Promise<Result> {
      const response = await api.request({
        method: probe.target.method,
        url: probe.url,
        data: probe.multipart ? formOf(probe.multipart) : probe.body,
        headers: headersOf(probe.target.caller),
        validateStatus: () => true,
        transformResponse: [(raw: unknown) => raw],
        responseType: "text",
      })
      let message = ""
      try {
        message = String(JSON.parse(String(response.data))?.message ?? "")
      } catch {
        message = String(response.data ?? "").slice(0, 200)
      }
      return { probe, status: response.status, message }
    }

    async function sendAll(probes: Probe[]) {
      const results: Result[] = []
      for (let i = 0; i < probes.length; i += BATCH) {
        results.push(...(await Promise.all(probes.slice(i, i + BATCH).map(send))))
      }
      return results
    }

    function wrongOf(results: Result[]) {
      return results
        .filter(({ status, message, probe }) => status !== 400 || !message.includes(probe.field))
        .map(({ probe, status, message }) => `${probe.target.key} [${probe.what}] → ${status}: ${message.slice(0, 200)}`)
    }

    it("refuses a NUL byte and invalid dates on every scoped and store route with a 400 naming the field", async () => {
      const targets = [...lapasApiTargets(b), ...storeTargets({ b, cartId, lapasHandle: LAPAS_B })]
      const probes = targets.flatMap(probesOf)
      const results = await sendAll(probes)
      const byStatus = new Map<number, number>()
      for (const { status } of results) byStatus.set(status, (byStatus.get(status) ?? 0) + 1)
      console.info(
        `input hygiene: ${results.length} probes on ${targets.length} routes; by status: ${[...byStatus].map(([s, n]) => `${s}: ${n}`).join(", ")}`
      )
      expect(probes.filter((p) => p.what.includes("=")).length).toBeGreaterThan(20)
      expect(wrongOf(results)).toEqual([])
    })

    it("refuses a share policy whose effective_from is not a calendar day with a 400, not a 500", async () => {
      const body = { scope: "all", capital_bp: 5000, premi_bp: 3000, pnbp_bp: 2000 }
      for (const effective_from of ["", "x", "2026-13-01", "2026-02-30", 20260101, null]) {
        const response = await api.post("/lapas-api/share-policies", { ...body, effective_from }, { ...as.national, validateStatus: () => true })
        expect({ effective_from, status: response.status }).toEqual({ effective_from, status: 400 })
        expect(response.data.message).toContain("effective_from")
      }
    })

    it("refuses fractional, negative and absurd stock on the scoped stock route and Medusa's inventory levels", async () => {
      const own = b.own
      for (const stocked_quantity of [1.5, -1, 1e30, 1_000_001, "5"]) {
        const scoped = await api.post(
          "/lapas-api/stock",
          { levels: [{ variant_id: b.ids.variant, stocked_quantity }] },
          { ...as.staffB, validateStatus: () => true }
        )
        expect({ stocked_quantity, status: scoped.status }).toEqual({ stocked_quantity, status: 400 })
        expect(scoped.data.message).toContain("stocked_quantity")
        const level = await api.post(
          `/admin/inventory-items/${own.inventoryItem}/location-levels/${own.stockLocation}`,
          { stocked_quantity },
          { ...as.admin, validateStatus: () => true }
        )
        expect({ stocked_quantity, status: level.status }).toEqual({ stocked_quantity, status: 400 })
        expect(level.data.message).toContain("stocked_quantity")
        const batch = await api.post(
          `/admin/inventory-items/${own.inventoryItem}/location-levels/batch`,
          { update: [{ location_id: own.stockLocation, stocked_quantity }] },
          { ...as.admin, validateStatus: () => true }
        )
        expect({ stocked_quantity, status: batch.status }).toEqual({ stocked_quantity, status: 400 })
        expect(batch.data.message).toContain("update.0.stocked_quantity")
      }
      // Whole numbers in range still go through, on both.
      const ok = await api.post(`/admin/inventory-items/${own.inventoryItem}/location-levels/${own.stockLocation}`, { stocked_quantity: 7 }, as.admin)
      expect(ok.status).toBe(200)
      const scopedOk = await api.post("/lapas-api/stock", { levels: [{ variant_id: b.ids.variant, stocked_quantity: 1_000_000 }] }, as.staffB)
      expect(scopedOk.status).toBe(200)
    })

    it("refuses other control characters but keeps tab and newline in text", async () => {
      const escape = await api.get(`/store/search?q=${encodeURIComponent("bat\u001bik")}`, { ...as.store, validateStatus: () => true })
      expect(escape.status).toBe(400)
      expect(escape.data.message).toMatch(/q in the query string contains a control character \(U\+001B\)/)
      const key = await api.post("/store/orders/lookup", { ["em\u0000ail"]: "x" }, { ...as.store, validateStatus: () => true })
      expect(key.status).toBe(400)
      expect(key.data.message).toContain("field name")
      const tabs = await api.get(`/store/search?q=${encodeURIComponent("batik\ttulis\n")}`, { ...as.store, validateStatus: () => true })
      expect(tabs.status).toBe(200)
    })
  },
})
