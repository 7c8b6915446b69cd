import type { SeedResult } from "../../src/scripts/seed-demo"
import { appModule } from "../app"
import { defineSuite, demoSeed } from "../runner"
import { failureOf, loginAsMember, type Headers } from "../helpers"

const { seedDemoSearches, DEMO_SEARCHES, openedOf } = appModule<typeof import("../../src/scripts/demo-data/searches")>(
  "src/scripts/demo-data/searches"
)
const { normaliseQuery } = appModule<typeof import("../../src/modules/search/query-text")>(
  "src/modules/search/query-text"
)
const { SEARCH_MODULE } = appModule<typeof import("../../src/modules/search")>("src/modules/search")

const A = "lapas-bojonegoro"
const B = "lapas-surabaya"

const OFFSET_HOURS: Record<string, number> = { "Asia/Jakarta": 7, "Asia/Makassar": 8, "Asia/Jayapura": 9 }
/** The calendar day of an instant in a zone (Indonesia keeps no daylight saving). */
const dayIn = (at: Date, zone: string) =>
  new Date(at.getTime() + OFFSET_HOURS[zone] * 3_600_000).toISOString().slice(0, 10)
const daysBefore = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10)

/** Searches whose instants the test chooses, in a period long before the demo log (which is recent). */
const PERIOD = { from: "2024-02-27", to: "2024-03-02" }
const PERIOD_DAYS = ["2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01", "2024-03-02"]
/** `opened`: the buyer opened a product from its results (a search event). */
type Logged = { text: string; results: number; lapas: null | "A" | "B"; at: string; opened?: true }
const LOGGED: Logged[] = [
  // Every search nationally (no lapas filter). Days in WIB (UTC+7).
  { text: "meja belajar", results: 0, lapas: null, at: "2024-02-27T03:00:00Z" },
  { text: "meja belajar", results: 0, lapas: null, at: "2024-02-28T03:00:00Z" },
  { text: "Meja  Belajar!", results: 0, lapas: null, at: "2024-02-29T03:00:00Z" },
  { text: "kursi goyang", results: 5, lapas: null, at: "2024-02-27T05:00:00Z", opened: true },
  { text: "kursi goyang", results: 1, lapas: null, at: "2024-03-01T05:00:00Z" },
  { text: "tanjak", results: 3, lapas: null, at: "2024-02-28T04:00:00Z", opened: true },
  { text: "tanjak", results: 3, lapas: null, at: "2024-02-29T04:00:00Z", opened: true },
  { text: "tanjak", results: 3, lapas: null, at: "2024-03-01T04:00:00Z", opened: true },
  // Found something, but the buyer opened nothing: found nothing relevant.
  { text: "TANJAK", results: 3, lapas: null, at: "2024-03-02T04:00:00Z" },
  // Found nothing once, then something the buyer opened: not unmet, but its zero still counts.
  { text: "lampu tidur", results: 0, lapas: null, at: "2024-02-28T06:00:00Z" },
  { text: "lampu tidur", results: 7, lapas: null, at: "2024-03-02T06:00:00Z", opened: true },
  // The edges of the period in WIB: 26 Feb 23:59:59.999 and 3 Mar 00:00 are out, the others in.
  { text: "sapu ijuk", results: 0, lapas: null, at: "2024-02-26T16:59:59.999Z" },
  { text: "sapu ijuk", results: 0, lapas: null, at: "2024-02-26T17:00:00Z" },
  { text: "sapu ijuk", results: 0, lapas: null, at: "2024-03-02T16:59:59.999Z" },
  { text: "sapu ijuk", results: 0, lapas: null, at: "2024-03-02T17:00:00Z" },
  // On lapas A's page (WIB).
  { text: "jahe instan", results: 1, lapas: "A", at: "2024-02-29T08:00:00Z", opened: true },
  { text: "jahe instan", results: 1, lapas: "A", at: "2024-03-01T08:00:00Z" },
  // A spelling variant: grouped under "jahe instan".
  { text: "Jahe Instant", results: 1, lapas: "A", at: "2024-03-02T08:00:00Z", opened: true },
  { text: "madu", results: 0, lapas: "A", at: "2024-03-01T09:00:00Z" },
  // On lapas B's page; B keeps Papua time (WIT, UTC+9) in this suite.
  // 1 Mar 15:30 UTC: 22:30 on 1 March in WIB, 00:30 on 2 March in WIT.
  { text: "kursi goyang", results: 0, lapas: "B", at: "2024-03-01T15:30:00Z" },
  // 26 Feb 16:30 UTC: 26 February in WIB (out nationally), 27 February in WIT (in for B).
  { text: "tanjak", results: 2, lapas: "B", at: "2024-02-26T16:30:00Z" },
  // 2 Mar 16:30 UTC: 2 March in WIB (in nationally), 3 March in WIT (out for B).
  { text: "tanjak", results: 2, lapas: "B", at: "2024-03-02T16:30:00Z" },
]

const q = (query: string, searches: number, unmet_searches: number, last_result_count: number, variants: string[] = []) => ({
  query,
  searches,
  unmet_searches,
  last_result_count,
  variants,
})
const d = (day: string, searches: number, zero_result_searches: number, unmet_searches: number) => ({
  day,
  searches,
  zero_result_searches,
  unmet_searches,
})

export default defineSuite({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let seeded: SeedResult
    const as: Record<string, Headers> = {}
    const lapas: Record<string, { id: string; name: string; handle: string; time_zone: string }> = {}
    let demoSearchesLogged = 0

    const demand = (query: string, who: Headers) => api.get(`/lapas-api/search-demand${query}`, who)
    const logCount = async () =>
      Number((await dbConnection.raw(`SELECT COUNT(*)::int AS n FROM search_query`)).rows[0].n)

    beforeAll(async () => {
      seeded = demoSeed()
      // seedDemoData may already log them (the seed calls seedDemoSearches at its end); then this adds none.
      await seedDemoSearches(getContainer())
      demoSearchesLogged = await logCount()

      as.national = await loginAsMember(api, "nasional@karyabinaan.test")
      as.staffA = await loginAsMember(api, `staff+${A}@karyabinaan.test`)
      as.financeA = await loginAsMember(api, `finance+${A}@karyabinaan.test`)
      as.staffB = await loginAsMember(api, `staff+${B}@karyabinaan.test`)
      const { data } = await api.get(`/lapas-api/lapas?limit=100`, as.national)
      for (const l of data.lapas) lapas[l.handle] = l
      await api.post(`/lapas-api/lapas/${lapas[B].id}`, { time_zone: "Asia/Jayapura" }, as.national)
      lapas[B].time_zone = "Asia/Jayapura"

      const search = getContainer().resolve(SEARCH_MODULE) as {
        logSearch(entry: { query: string; result_count: number; lapas_id: string | null; created_at?: Date }): Promise<string | null>
        recordSearchEvent(event: { search_id: string; kind: "click"; product_id: string; created_at?: Date }): Promise<boolean>
      }
      for (const row of LOGGED) {
        const id = await search.logSearch({
          query: row.text,
          result_count: row.results,
          lapas_id: row.lapas === null ? null : lapas[row.lapas === "A" ? A : B].id,
          created_at: new Date(row.at),
        })
        if (row.opened) {
          const at = new Date(Date.parse(row.at) + 60_000)
          expect(await search.recordSearchEvent({ search_id: id!, kind: "click", product_id: "prod_any", created_at: at })).toBe(true)
        }
      }
    })

    describe("the demo search log", () => {
      it("holds every demo search, spread over the last 29 days, and seeding again adds nothing", async () => {
        const planned = DEMO_SEARCHES.reduce((sum, s) => sum + s.searches, 0)
        expect(demoSearchesLogged).toBe(planned)
        const { rows } = await dbConnection.raw(
          `SELECT MIN(created_at) AS first, MAX(created_at) AS last FROM search_query WHERE created_at > now() - interval '60 days'`
        )
        expect(Date.now() - new Date(rows[0].first).getTime()).toBeLessThan(29 * 86_400_000 + 3_600_000)
        expect(Date.now() - new Date(rows[0].last).getTime()).toBeLessThan(3_600_000)
        const spread = await dbConnection.raw(
          `SELECT COUNT(DISTINCT to_char(created_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD'))::int AS days
             FROM search_query WHERE created_at > now() - interval '60 days'`
        )
        expect(spread.rows[0].days).toBeGreaterThanOrEqual(20)

        const before = await logCount()
        // A buyer's own search of the first demo query does not make the seed lose its anchor.
        await (getContainer().resolve(SEARCH_MODULE) as any).logSearch({ query: "jahe instan", result_count: 1, lapas_id: null })
        const counted: Record<string, number> = {}
        expect(await seedDemoSearches(getContainer(), (what: string, n = 1) => (counted[what] = (counted[what] ?? 0) + n))).toBe(0)
        expect(counted).toEqual({})
        expect(await logCount()).toBe(before + 1)
        await dbConnection.raw(
          `DELETE FROM search_query WHERE id = (SELECT id FROM search_query WHERE query = 'jahe instan' ORDER BY created_at DESC LIMIT 1)`
        )
      })

      it("logs each demo query with the count the search index really gives", async () => {
        for (const demo of DEMO_SEARCHES) {
          const filter = demo.lapas ? `&lapas=${demo.lapas}` : ""
          const { data } = await api.get(`/store/search?q=${encodeURIComponent(demo.text)}${filter}&limit=1`, {
            headers: { "x-publishable-api-key": seeded.publishableKey },
          })
          // That store search was logged too; take it out again.
          await dbConnection.raw(
            `DELETE FROM search_query WHERE id = (SELECT id FROM search_query ORDER BY created_at DESC LIMIT 1)`
          )
          const { rows } = await dbConnection.raw(
            `SELECT DISTINCT result_count FROM search_query
              WHERE query = ? AND lapas_id IS NOT DISTINCT FROM ? AND created_at > now() - interval '60 days'`,
            [normaliseQuery(demo.text), demo.lapas ? lapas[demo.lapas].id : null]
          )
          expect([demo.text, rows.map((r: any) => r.result_count)]).toEqual([demo.text, [data.total]])
          expect([demo.text, data.total > 0]).toEqual([demo.text, demo.finds])
        }
        expect(await logCount()).toBe(demoSearchesLogged + LOGGED.length)
      })

      it("shows the demo's unmet queries on the default report (last 30 days, nationally), spellings grouped", async () => {
        const { data } = await demand(`?limit=100`, as.national)
        const today = dayIn(new Date(), "Asia/Jakarta")
        expect(data.lapas).toBeNull()
        expect(data.period).toEqual({ from: daysBefore(today, 29), to: today, time_zone: "Asia/Jakarta" })
        expect(data).not.toHaveProperty("few")
        expect(data.daily.map((day: any) => day.day)[0]).toBe(daysBefore(today, 29))
        expect(data.daily).toHaveLength(30)

        // Nationally, every search counts, with or without a lapas filter.
        const total = DEMO_SEARCHES.reduce((sum, s) => sum + s.searches, 0)
        const zero = DEMO_SEARCHES.filter((s) => !s.finds).reduce((sum, s) => sum + s.searches, 0)
        // A search is unmet when it found nothing or its buyer opened nothing from the results.
        const unmetSearches = DEMO_SEARCHES.reduce((sum, s) => sum + s.searches - openedOf(s), 0)
        expect(data.totals).toEqual({
          searches: total,
          zero_result_searches: zero,
          unmet_searches: unmetSearches,
          distinct_queries: data.top_queries.length,
        })
        expect(data.top_queries.reduce((sum: number, row: any) => sum + row.searches, 0)).toBe(total)
        expect(data.daily.reduce((sum: number, day: any) => sum + day.searches, 0)).toBe(total)
        expect(data.daily.reduce((sum: number, day: any) => sum + day.zero_result_searches, 0)).toBe(zero)
        expect(data.daily.reduce((sum: number, day: any) => sum + day.unmet_searches, 0)).toBe(unmetSearches)

        // "jahe instan", "Jahe Instant" and "jhe instan" are one query; "JAHE" is "jahe"; "tanjk" is "tanjak".
        const searchesOf = (...texts: string[]) =>
          DEMO_SEARCHES.filter((s) => texts.includes(s.text)).reduce((sum, s) => sum + s.searches, 0)
        expect(data.top_queries[0]).toMatchObject({
          query: "jahe instan",
          searches: searchesOf("jahe instan", "Jahe Instant", "jhe instan"),
          variants: ["jahe instant", "jhe instan"],
        })
        expect(data.top_queries[0].last_result_count).toBeGreaterThan(0)
        const row = (query: string) => data.top_queries.find((r: any) => r.query === query)
        expect(row("jahe")).toMatchObject({ searches: searchesOf("jahe", "JAHE"), variants: [] })
        expect(row("tanjak")).toMatchObject({ searches: searchesOf("tanjak", "tanjk"), variants: ["tanjk"] })
        for (const variant of ["jahe instant", "jhe instan", "tanjk"]) expect(row(variant)).toBeUndefined()
        const counts = data.top_queries.map((r: any) => r.searches)
        expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a))

        // Queries that find nothing: unmet, every search of them. "kopi" finds a coffee table and
        // a soap that nobody opens: unmet as well. What buyers open is not.
        const unmet = new Map(data.unmet_queries.map((r: any) => [r.query, r]))
        const neverFound = DEMO_SEARCHES.filter(
          (s) => !s.finds && DEMO_SEARCHES.every((o) => normaliseQuery(o.text) !== normaliseQuery(s.text) || !o.finds)
        )
        expect(neverFound.map((s) => s.text)).toEqual(expect.arrayContaining(["ikan asin", "mukena", "sajadah", "blangkon"]))
        for (const s of neverFound) {
          const query = normaliseQuery(s.text)
          expect([s.text, unmet.get(query)]).toEqual([s.text, q(query, row(query).searches, row(query).searches, 0)])
        }
        expect(unmet.get("kopi")).toMatchObject({ unmet_searches: searchesOf("kopi") })
        for (const met of ["jahe instan", "jahe", "tanjak", "kursi rotan", "meja jati"]) expect([met, unmet.has(met)]).toEqual([met, false])
        // Exactly the queries most of whose searches were unmet, most unmet searches first.
        expect(data.unmet_queries.map((r: any) => r.query).sort()).toEqual(
          data.top_queries.filter((r: any) => r.unmet_searches * 2 > r.searches).map((r: any) => r.query).sort()
        )
        const unmetCounts = data.unmet_queries.map((r: any) => r.unmet_searches)
        expect(unmetCounts).toEqual([...unmetCounts].sort((a: number, b: number) => b - a))
      })

      it("shows a lapas the searches made on its page, unmet ones included", async () => {
        const { data } = await demand(`?lapas_id=${lapas[A].id}&limit=100`, as.national)
        expect(data.lapas).toEqual({ id: lapas[A].id, name: lapas[A].name, handle: A })
        const ofA = DEMO_SEARCHES.filter((s) => s.lapas === A)
        expect(data.totals.searches).toBe(ofA.reduce((sum, s) => sum + s.searches, 0))
        expect(data.unmet_queries).toEqual(expect.arrayContaining([q("kopi", 3, 3, 0), q("madu", 2, 2, 0)]))
        expect(data.top_queries.map((row: any) => row.query).sort()).toEqual(ofA.map((s) => normaliseQuery(s.text)).sort())
        expect(data.top_queries.find((row: any) => row.query === "jahe merah").last_result_count).toBeGreaterThan(0)
      })

      it("counts a buyer's search through the store on the lapas's report of today", async () => {
        const today = dayIn(new Date(), "Asia/Makassar")
        const zone = "Asia/Makassar"
        const semarang = lapas["lapas-semarang"]
        await api.post(`/lapas-api/lapas/${semarang.id}`, { time_zone: zone }, as.national)
        try {
          const store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
          const { data: found } = await api.get(`/store/search?q=${encodeURIComponent("Kursi  BAMBU")}&lapas=lapas-semarang`, store)
          expect(found.search_id).toMatch(/^srch_/)
          const grouped = found.corrected_query ?? "kursi bambu"
          const variants = grouped === "kursi bambu" ? [] : ["kursi bambu"]
          const { data } = await demand(`?lapas_id=${semarang.id}`, as.national)
          expect(data.period).toEqual({ from: daysBefore(today, 29), to: today, time_zone: zone })
          expect(data.top_queries).toContainEqual(q(grouped, 1, 1, found.total, variants))
          // Nothing opened from its results yet: unmet, whatever it found.
          expect(data.unmet_queries).toContainEqual(q(grouped, 1, 1, found.total, variants))
          expect(data.daily.at(-1).searches).toBeGreaterThanOrEqual(1)
          expect(data.daily.at(-1).unmet_searches).toBeGreaterThanOrEqual(1)

          // The buyer opens a product from the results: the search found something relevant.
          if (found.hits.length) {
            const opened = await api.post(`/store/search/events`, { search_id: found.search_id, kind: "click", product_id: found.hits[0].id }, store)
            expect(opened.status).toBe(202)
            const { data: after } = await demand(`?lapas_id=${semarang.id}`, as.national)
            expect(after.top_queries).toContainEqual(q(grouped, 1, 0, found.total, variants))
            expect(after.unmet_queries.map((r: any) => r.query)).not.toContain(grouped)
          }
        } finally {
          await dbConnection.raw(`DELETE FROM search_query WHERE query = 'kursi bambu'`)
          await api.post(`/lapas-api/lapas/${semarang.id}`, { time_zone: "Asia/Jakarta" }, as.national)
        }
      })
    })

    describe("GET /lapas-api/search-demand over a chosen period", () => {
      const period = `from=${PERIOD.from}&to=${PERIOD.to}`

      it("nationally: every search of the period, days in WIB", async () => {
        const { data } = await demand(`?${period}`, as.national)
        expect(data).toEqual({
          lapas: null,
          period: { ...PERIOD, time_zone: "Asia/Jakarta" },
          totals: { searches: 19, zero_result_searches: 8, unmet_searches: 12, distinct_queries: 7 },
          top_queries: [
            q("tanjak", 5, 2, 2),
            q("jahe instan", 3, 1, 1, ["jahe instant"]),
            q("kursi goyang", 3, 2, 0),
            q("meja belajar", 3, 3, 0),
            q("lampu tidur", 2, 1, 7),
            q("sapu ijuk", 2, 2, 0),
            q("madu", 1, 1, 0),
          ],
          // Most of their searches found nothing relevant; "tanjak" (2 of 5), "jahe instan" (1 of 3)
          // and "lampu tidur" (1 of 2) did find something.
          unmet_queries: [q("meja belajar", 3, 3, 0), q("kursi goyang", 3, 2, 0), q("sapu ijuk", 2, 2, 0), q("madu", 1, 1, 0)],
          daily: [
            d("2024-02-27", 3, 2, 2),
            d("2024-02-28", 3, 2, 2),
            d("2024-02-29", 3, 1, 1),
            d("2024-03-01", 5, 2, 4),
            d("2024-03-02", 5, 1, 3),
          ],
        })
      })

      it("limit: lists cut at `limit`, totals whole", async () => {
        const { data: short } = await demand(`?${period}&limit=2`, as.national)
        expect(short.top_queries).toEqual([q("tanjak", 5, 2, 2), q("jahe instan", 3, 1, 1, ["jahe instant"])])
        expect(short.unmet_queries).toEqual([q("meja belajar", 3, 3, 0), q("kursi goyang", 3, 2, 0)])
        expect(short.totals).toEqual({ searches: 19, zero_result_searches: 8, unmet_searches: 12, distinct_queries: 7 })
      })

      it("for one lapas: only the searches made with it as filter, days in its own zone", async () => {
        const { data: a } = await demand(`?${period}&lapas_id=${lapas[A].id}`, as.national)
        expect(a).toEqual({
          lapas: { id: lapas[A].id, name: lapas[A].name, handle: A },
          period: { ...PERIOD, time_zone: "Asia/Jakarta" },
          totals: { searches: 4, zero_result_searches: 1, unmet_searches: 2, distinct_queries: 2 },
          top_queries: [q("jahe instan", 3, 1, 1, ["jahe instant"]), q("madu", 1, 1, 0)],
          unmet_queries: [q("madu", 1, 1, 0)],
          daily: [d("2024-02-27", 0, 0, 0), d("2024-02-28", 0, 0, 0), d("2024-02-29", 1, 0, 0), d("2024-03-01", 2, 1, 2), d("2024-03-02", 1, 0, 0)],
        })

        // B in WIT: its 27 February starts at 26 February 15:00 UTC, and its 2 March ends at 15:00 UTC.
        const { data: b } = await demand(`?${period}&lapas_id=${lapas[B].id}`, as.national)
        expect(b).toEqual({
          lapas: { id: lapas[B].id, name: lapas[B].name, handle: B },
          period: { ...PERIOD, time_zone: "Asia/Jayapura" },
          totals: { searches: 2, zero_result_searches: 1, unmet_searches: 2, distinct_queries: 2 },
          top_queries: [q("kursi goyang", 1, 1, 0), q("tanjak", 1, 1, 2)],
          unmet_queries: [q("kursi goyang", 1, 1, 0), q("tanjak", 1, 1, 2)],
          daily: [d("2024-02-27", 1, 0, 1), d("2024-02-28", 0, 0, 0), d("2024-02-29", 0, 0, 0), d("2024-03-01", 0, 0, 0), d("2024-03-02", 1, 1, 1)],
        })
      })

      it("defaults: 30 days up to today in the lapas's zone; from alone runs to today, to alone goes back 30 days", async () => {
        const today = dayIn(new Date(), "Asia/Jayapura")
        const { data: b } = await demand(`?lapas_id=${lapas[B].id}`, as.national)
        expect(b.period).toEqual({ from: daysBefore(today, 29), to: today, time_zone: "Asia/Jayapura" })
        expect(b.daily).toHaveLength(30)
        expect(b.daily.every((day: any, i: number) => day.day === daysBefore(today, 29 - i))).toBe(true)

        const from = daysBefore(dayIn(new Date(), "Asia/Jakarta"), 100)
        const { data: fromOnly } = await demand(`?from=${from}`, as.national)
        expect(fromOnly.period).toEqual({ from, to: dayIn(new Date(), "Asia/Jakarta"), time_zone: "Asia/Jakarta" })
        expect(fromOnly.daily).toHaveLength(101)

        const { data: toOnly } = await demand(`?to=${PERIOD.to}`, as.national)
        expect(toOnly.period).toEqual({ from: "2024-02-02", to: PERIOD.to, time_zone: "Asia/Jakarta" })
        // 26 February in WIB: the first "sapu ijuk" and B's first "tanjak" are in as well.
        expect(toOnly.totals.searches).toBe(21)

        // A whole leap year is one report; a period with no searches is all zeros.
        const { data: year } = await demand(`?from=2024-01-01&to=2024-12-31`, as.national)
        expect(year.daily).toHaveLength(366)
        expect(year.totals.searches).toBe(LOGGED.length)
        const { data: empty } = await demand(`?from=2023-01-01&to=2023-01-03`, as.national)
        expect(empty).toMatchObject({
          totals: { searches: 0, zero_result_searches: 0, unmet_searches: 0, distinct_queries: 0 },
          top_queries: [],
          unmet_queries: [],
          daily: [d("2023-01-01", 0, 0, 0), d("2023-01-02", 0, 0, 0), d("2023-01-03", 0, 0, 0)],
        })
      })
    })

    describe("POST /store/search/events", () => {
      const store = () => ({ headers: { "x-publishable-api-key": seeded.publishableKey }, validateStatus: () => true })

      it("records a click or an add to cart from a results page once, by the search's id only", async () => {
        const { data: found } = await api.get(`/store/search?q=${encodeURIComponent("jhe instan")}`, store())
        expect(found.corrected_query).toBe("jahe instan")
        expect(found.search_id).toMatch(/^srch_[0-9A-Z]{26}$/)
        const [logged] = (await dbConnection.raw(`SELECT query, canonical_query FROM search_query WHERE id = ?`, [found.search_id])).rows
        expect(logged).toEqual({ query: "jhe instan", canonical_query: "jahe instan" })
        // A later page of the same search is not logged again, so it has no id of its own.
        const { data: page2 } = await api.get(`/store/search?q=${encodeURIComponent("jhe instan")}&offset=20`, store())
        expect(page2.search_id).toBeNull()

        const body = { search_id: found.search_id, kind: "click", product_id: found.hits[0].id }
        for (let i = 0; i < 2; i++) {
          const answer = await api.post(`/store/search/events`, body, store())
          expect([answer.status, answer.data]).toEqual([202, { recorded: true }])
        }
        const added = await api.post(`/store/search/events`, { ...body, kind: "add_to_cart" }, store())
        expect(added.status).toBe(202)
        const { rows } = await dbConnection.raw(
          `SELECT kind, product_id FROM search_event WHERE search_query_id = ? ORDER BY kind`,
          [found.search_id]
        )
        expect(rows).toEqual([
          { kind: "add_to_cart", product_id: found.hits[0].id },
          { kind: "click", product_id: found.hits[0].id },
        ])
        // Nothing about the buyer is kept.
        const columns = await dbConnection.raw(
          `SELECT column_name FROM information_schema.columns WHERE table_name = 'search_event' ORDER BY column_name`
        )
        expect(columns.rows.map((c: any) => c.column_name)).toEqual(["created_at", "kind", "product_id", "search_query_id"])
        await dbConnection.raw(`DELETE FROM search_query WHERE id = ?`, [found.search_id])
      })

      it("answers 404 for a search it does not know or that is more than a day old, 400 saying what to fix", async () => {
        const unknown = await api.post(`/store/search/events`, { search_id: "srch_01JZZZZZZZZZZZZZZZZZZZZZZZ", kind: "click", product_id: "prod_1" }, store())
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toMatch(/recent GET \/store\/search/)
        const [old] = (await dbConnection.raw(`SELECT id FROM search_query WHERE created_at < '2025-01-01' LIMIT 1`)).rows
        const stale = await api.post(`/store/search/events`, { search_id: old.id, kind: "click", product_id: "prod_1" }, store())
        expect(stale.status).toBe(404)

        const cases: [unknown, RegExp][] = [
          [{}, /search_id/],
          [{ search_id: "abc", kind: "click", product_id: "prod_1" }, /search_id is the search_id GET \/store\/search answered/],
          [{ search_id: "srch_01JZZZZZZZZZZZZZZZZZZZZZZZ", kind: "view", product_id: "prod_1" }, /kind is one of click, add_to_cart/],
          [{ search_id: "srch_01JZZZZZZZZZZZZZZZZZZZZZZZ", kind: "click", product_id: "x'; --" }, /product_id/],
          [{ search_id: "srch_01JZZZZZZZZZZZZZZZZZZZZZZZ", kind: "click", product_id: "prod_1", customer_id: "cus_1" }, /customer_id/],
        ]
        for (const [body, message] of cases) {
          const answer = await api.post(`/store/search/events`, body, store())
          expect([JSON.stringify(body), answer.status]).toEqual([JSON.stringify(body), 400])
          expect([JSON.stringify(body), answer.data.message]).toEqual([JSON.stringify(body), expect.stringMatching(message)])
        }
      })
    })

    describe("who may read it", () => {
      const period = `from=${PERIOD.from}&to=${PERIOD.to}`

      it("is national members' only: lapas staff and finance get 403 with a message, whatever they ask", async () => {
        for (const who of ["staffA", "financeA", "staffB"]) {
          for (const query of [`?${period}`, `?${period}&lapas_id=${lapas[A].id}`, `?lapas_id=${lapas[B].id}`]) {
            const refused = await failureOf(demand(query, as[who]))
            expect([who, query, refused.status]).toEqual([who, query, 403])
            expect(refused.message).toMatch(/national members/)
          }
        }
      })

      it("answers 404 for an unknown lapas, 401 without a login", async () => {
        const unknown = await failureOf(demand(`?lapas_id=lapas_unknown`, as.national))
        expect(unknown.status).toBe(404)
        expect(unknown.message).toMatch(/Lapas with id "lapas_unknown"/)
        expect((await failureOf(demand(`?${period}`, { headers: {} }))).status).toBe(401)
      })

      it("answers 400, saying what to fix, for bad days, periods and limit", async () => {
        const today = dayIn(new Date(), "Asia/Jakarta")
        const cases: [string, RegExp][] = [
          ["from=2024-02-30&to=2024-03-02", /from.*calendar day/],
          ["from=2024/02/27", /from.*YYYY-MM-DD/],
          ["to=yesterday", /to.*YYYY-MM-DD/],
          ["from=2024-03-02&to=2024-02-27", /from must be on or before to/],
          [`from=${daysBefore(today, -1)}`, /from .* must be on or before to .*today/],
          ["from=2023-01-01&to=2024-01-02", /at most 366 days/],
          [`from=${daysBefore(today, 400)}`, /at most 366 days/],
          // The old "few results" threshold is gone: what counts is whether buyers found something relevant.
          ["few=2", /few/],
          ["limit=0", /limit: give a whole number from 1 to 100/],
          ["limit=101", /limit/],
          ["lapas_id=", /lapas_id/],
        ]
        for (const [query, message] of cases) {
          const failure = await failureOf(demand(`?${query}`, as.national))
          expect([query, failure.status]).toEqual([query, 400])
          expect([query, failure.message]).toEqual([query, expect.stringMatching(message)])
        }
        for (const ok of ["limit=1", "limit=100", "from=2023-01-01&to=2024-01-01"]) {
          expect([ok, (await failureOf(demand(`?${ok}`, as.national))).status]).toEqual([ok, 200])
        }
        const unknownParam = await failureOf(demand(`?sort=query`, as.national))
        expect(unknownParam.status).toBe(400)
        expect(unknownParam.message).toMatch(/sort/)
      })
    })
  },
})
