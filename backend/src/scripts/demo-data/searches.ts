/**
 * Demo search log: what buyers of the demo marketplace typed into the search box over the last
 * few weeks, so the demand report (/app/search-demand) has something to show. Each query is run
 * through the search module for real; its result count is whatever the index finds, never
 * written down here. Queries with `finds: false` find nothing in the demo catalogue on the
 * PostgreSQL engine (search-demand.spec checks every line): the unmet demand the report shows.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { LAPAS_MODULE } from "../../modules/lapas"
import type LapasModuleService from "../../modules/lapas/service"
import { SEARCH_MODULE } from "../../modules/search"
import { normaliseQuery } from "../../modules/search/query-text"
import type SearchModuleService from "../../modules/search/service"

export interface DemoSearch {
  /** As the buyer typed it: capitals, misspellings and all. */
  text: string
  /** How many times it was searched over the demo period. */
  searches: number
  /** A DemoLapas handle: searched with that lapas as filter (on the lapas's page). */
  lapas?: string
  /** Whether it finds something in the demo catalogue (checked when seeding). */
  finds: boolean
  /**
   * Of its searches, how many led the buyer to open the first product of the results (a search
   * event). Default: three in four, rounded up, of a query that finds something; none otherwise.
   */
  opened?: number
}

/** How many searches of a demo query led the buyer to open a product. */
export function openedOf(demo: DemoSearch): number {
  return Math.min(demo.searches, demo.opened ?? (demo.finds ? Math.ceil((demo.searches * 3) / 4) : 0))
}

export const DEMO_SEARCHES: DemoSearch[] = [
  // Jahe instan, the best known product, in every spelling buyers use.
  { text: "jahe instan", searches: 14, finds: true },
  { text: "jahe", searches: 9, finds: true },
  { text: "Jahe Instant", searches: 5, finds: true },
  { text: "jhe instan", searches: 3, finds: true },
  { text: "JAHE", searches: 2, finds: true },
  { text: "jahe merah", searches: 2, lapas: "lapas-bojonegoro", finds: true },
  { text: "jamu", searches: 4, finds: true },
  { text: "kunyit asam", searches: 2, finds: true },
  { text: "temulawak", searches: 2, finds: true },
  { text: "lidah buaya", searches: 3, lapas: "lapas-bojonegoro", finds: true },
  { text: "kripik jagung", searches: 2, finds: true },
  { text: "pupuk organik", searches: 2, finds: true },
  // Tanjungpinang's crafts.
  { text: "tanjak", searches: 6, finds: true },
  { text: "tanjak melayu", searches: 3, lapas: "lapas-tanjungpinang", finds: true },
  { text: "tanjk", searches: 1, finds: true },
  { text: "kotak tisu", searches: 3, lapas: "lapas-tanjungpinang", finds: true },
  { text: "jam dinding kayu", searches: 2, finds: true },
  { text: "cermin hias", searches: 2, finds: true },
  // Furniture: what the issue's buyers type.
  { text: "kursi rotan", searches: 7, finds: true },
  { text: "meja jati", searches: 5, finds: true },
  { text: "kursi teras", searches: 3, lapas: "lapas-semarang", finds: true },
  { text: "sofa jati", searches: 2, finds: true },
  { text: "rattan chair", searches: 1, finds: true },
  { text: "lukisan kanvas", searches: 2, finds: true },
  { text: "patung kayu", searches: 1, finds: true },
  { text: "batik tulis", searches: 4, finds: true },
  // Food from Tangerang, care products from Jakarta, the rest.
  { text: "nastar", searches: 4, finds: true },
  { text: "roti tawar", searches: 2, lapas: "lapas-tangerang", finds: true },
  { text: "bolu pandan", searches: 2, finds: true },
  { text: "sambal bawang", searches: 3, finds: true },
  { text: "keripik singkong", searches: 2, finds: true },
  { text: "sabun sereh", searches: 3, finds: true },
  { text: "selada hidroponik", searches: 1, finds: true },
  { text: "ember plastik", searches: 2, lapas: "lapas-cikarang", finds: true },
  { text: "sarung tangan softball", searches: 3, lapas: "lapas-ambarawa", finds: true },
  { text: "glove softball", searches: 2, finds: true },
  // Coffee: only a coffee table and a soap with coffee grounds come up, and nobody opens them:
  // unmet although it finds something.
  { text: "kopi", searches: 6, finds: true, opened: 0 },

  // What the demo catalogue does not have: the demand no lapas serves yet. (Not "madu hutan",
  // "kaos sablon" or "kerupuk ikan": typo correction and the any-word fallback find products
  // for a word of each, as "sabun" for "sablon"; the seed checks every line below.)
  { text: "madu", searches: 6, finds: false },
  { text: "ikan asin", searches: 4, finds: false },
  { text: "mukena", searches: 3, finds: false },
  { text: "sajadah", searches: 3, finds: false },
  { text: "peci", searches: 2, finds: false },
  { text: "handuk", searches: 2, finds: false },
  { text: "gerabah", searches: 2, finds: false },
  { text: "kaligrafi", searches: 2, finds: false },
  { text: "abon", searches: 2, finds: false },
  { text: "celengan", searches: 1, finds: false },
  { text: "bonsai", searches: 1, finds: false },
  { text: "dompet", searches: 1, finds: false },
  // On a lapas's own page: buyers of Tanjungpinang's tanjak ask for blangkon, buyers of
  // Bojonegoro's jahe and jamu for coffee and honey.
  { text: "blangkon", searches: 2, lapas: "lapas-tanjungpinang", finds: false },
  { text: "kopi", searches: 3, lapas: "lapas-bojonegoro", finds: false },
  { text: "madu", searches: 2, lapas: "lapas-bojonegoro", finds: false },
]

/** Demo searches lie within this many days before the seed (inside the report's default 30 days). */
export const DEMO_SEARCH_DAYS = 29
const DAY_MS = 86_400_000
const MINUTE_MS = 60_000

/** One search of the demo log: what was typed, where, and how long before the anchor (the seed). */
export interface PlannedSearch {
  text: string
  query: string
  lapas?: string
  /** Milliseconds before the anchor; unique, and 0 for the first. */
  offset_ms: number
  /** The buyer opened the first product of its results (half a minute after searching). */
  opened: boolean
}

/** A deterministic 32-bit mix of n (so the same demo log comes out on every machine). */
function mix(n: number): number {
  let x = (n + 0x9e3779b9) | 0
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b)
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35)
  return (x ^ (x >>> 16)) >>> 0
}

/**
 * Every single search of the demo log, spread over DEMO_SEARCH_DAYS: the first at the anchor
 * itself, the others at whole minutes before it plus their own index in milliseconds, so no two
 * share an instant. The searches of one query are interleaved with the others' over the period.
 */
export function plannedSearches(list: DemoSearch[] = DEMO_SEARCHES): PlannedSearch[] {
  const singles = list.flatMap((s) => Array.from({ length: s.searches }, (_, nth) => ({ s, opened: nth < openedOf(s) })))
  const minutes = DEMO_SEARCH_DAYS * (DAY_MS / MINUTE_MS) - 1
  return singles.map(({ s, opened }, k) => ({
    text: s.text,
    query: normaliseQuery(s.text),
    ...(s.lapas ? { lapas: s.lapas } : {}),
    offset_ms: k === 0 ? 0 : (1 + (mix(k) % minutes)) * MINUTE_MS + (k % 1000),
    opened,
  }))
}

type Count = (what: string, n?: number) => void

const keyOf = (query: string, lapasId: string | null, at: Date | string) =>
  `${query}|${lapasId ?? ""}|${new Date(at).toISOString()}`

/**
 * Logs the demo searches through the search module (call it after the search index is built):
 * each distinct query is searched for real in the demo sales channel, and each of its searches
 * logged with that result count at its planned instant before the anchor.
 *
 * Queries that do not find what `finds` says are logged all the same, with their real counts,
 * and reported through `log`; when nothing at all is found the index is empty and it throws.
 *
 * Idempotent: the anchor is the instant of the first seeding, found again from the log (the
 * instant of the first planned search from which the most planned searches are present); only
 * the planned searches missing from the log are added, so a second run adds nothing.
 */
export async function seedDemoSearches(
  container: MedusaContainer,
  count: Count = () => {},
  log: (message: string) => void = () => {}
): Promise<number> {
  const search: SearchModuleService = container.resolve(SEARCH_MODULE)
  const lapasService: LapasModuleService = container.resolve(LAPAS_MODULE)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)

  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["id", "default_sales_channel_id"] })
  const salesChannelId = store?.default_sales_channel_id
  if (!salesChannelId) {
    throw new Error("Seed the demo store first: its default sales channel is the one the demo searches search in.")
  }
  const handles = [...new Set(DEMO_SEARCHES.flatMap((s) => (s.lapas ? [s.lapas] : [])))]
  const lapasIds = new Map(
    (await lapasService.listLapas({ handle: handles }, { select: ["id", "handle"] })).map((l) => [l.handle, l.id])
  )
  const missingLapas = handles.filter((h) => !lapasIds.has(h))
  if (missingLapas.length) {
    throw new Error(`The demo searches name lapas that are not seeded: ${missingLapas.join(", ")}`)
  }
  const lapasIdOf = (handle?: string) => (handle ? lapasIds.get(handle)! : null)

  const planned = plannedSearches()
  const anchor = (await findAnchor(pg, planned, lapasIdOf)) ?? new Date()
  const atOf = (p: PlannedSearch) => new Date(anchor.getTime() - p.offset_ms)

  const { rows } = await pg.raw(
    `SELECT query, lapas_id, created_at FROM search_query
      WHERE deleted_at IS NULL AND created_at >= ? AND created_at <= ? AND query = ANY(?)`,
    [new Date(anchor.getTime() - DEMO_SEARCH_DAYS * DAY_MS), anchor, [...new Set(planned.map((p) => p.query))]]
  )
  const present = new Set((rows as any[]).map((r) => keyOf(r.query, r.lapas_id, r.created_at)))
  const missing = planned.filter((p) => !present.has(keyOf(p.query, lapasIdOf(p.lapas), atOf(p))))
  if (!missing.length) return 0

  // Each distinct search once, for its real result count, correction and first product.
  const results = new Map<string, { total: number; corrected_query: string | null; first: string | null }>()
  for (const demo of DEMO_SEARCHES) {
    const key = `${demo.text}|${demo.lapas ?? ""}`
    if (results.has(key)) continue
    const { total, corrected_query, hits } = await search.searchProducts({
      q: demo.text,
      ...(demo.lapas ? { lapas: [demo.lapas] } : {}),
      sales_channel_ids: [salesChannelId],
      limit: 1,
      offset: 0,
      facets: false,
    })
    results.set(key, { total, corrected_query: corrected_query ?? null, first: hits[0]?.id ?? null })
  }
  if ([...results.values()].every((r) => r.total === 0)) {
    // Logged now, every demo search would stay in the log as one that found nothing.
    throw new Error("No demo search finds anything: build the search index (reindex) before seeding the demo searches.")
  }
  const wrong = DEMO_SEARCHES.filter((d) => (results.get(`${d.text}|${d.lapas ?? ""}`)!.total > 0) !== d.finds)
  if (wrong.length) {
    // Another engine (Meilisearch) forgives typos differently; its real counts are logged all the same.
    log(
      `Demo searches that do not find what the demo expects (logged with their real counts): ${wrong
        .map((d) => `"${d.text}"${d.lapas ? ` (${d.lapas})` : ""} should ${d.finds ? "find something" : "find nothing"}`)
        .join("; ")}`
    )
  }

  for (const p of missing) {
    const result = results.get(`${p.text}|${p.lapas ?? ""}`)!
    const at = atOf(p)
    const id = await search.logSearch({
      query: p.text,
      result_count: result.total,
      lapas_id: lapasIdOf(p.lapas),
      corrected_query: result.corrected_query,
      created_at: at,
    })
    if (id && p.opened && result.first) {
      await search.recordSearchEvent({ search_id: id, kind: "click", product_id: result.first, created_at: new Date(at.getTime() + 30_000) })
    }
  }
  count("demo search", missing.length)
  return missing.length
}

/**
 * The anchor of an earlier seeding: among the logged instants of the first planned search, the
 * one from which the most other planned searches are found at their planned instants (at least
 * one besides itself, so a buyer's own search of the same words is never taken for it).
 */
async function findAnchor(
  pg: { raw(sql: string, bindings?: readonly unknown[]): PromiseLike<{ rows: any[] }> },
  planned: PlannedSearch[],
  lapasIdOf: (handle?: string) => string | null
): Promise<Date | null> {
  const [first] = planned
  const { rows } = await pg.raw(
    `WITH planned AS (
       SELECT * FROM json_to_recordset(?::json) AS p(query text, lapas_id text, offset_ms bigint)
     ),
     candidate AS (
       SELECT DISTINCT created_at AS anchor FROM search_query
        WHERE deleted_at IS NULL AND query = ? AND lapas_id IS NOT DISTINCT FROM ?
        ORDER BY 1 DESC LIMIT 100
     )
     SELECT c.anchor, COUNT(s.id)::int AS matched
       FROM candidate c
       JOIN planned p ON true
       JOIN search_query s
         ON s.deleted_at IS NULL AND s.query = p.query AND s.lapas_id IS NOT DISTINCT FROM p.lapas_id
        AND s.created_at = c.anchor - p.offset_ms * interval '1 millisecond'
      GROUP BY c.anchor
      ORDER BY matched DESC, c.anchor DESC
      LIMIT 1`,
    [
      JSON.stringify(planned.map((p) => ({ query: p.query, lapas_id: lapasIdOf(p.lapas), offset_ms: p.offset_ms }))),
      first.query,
      lapasIdOf(first.lapas),
    ]
  )
  const best = rows[0]
  return best && best.matched >= 2 ? new Date(best.anchor) : null
}
