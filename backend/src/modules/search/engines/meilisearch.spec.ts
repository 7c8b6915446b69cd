/**
 * Contract test of the Meilisearch engine, without a Meilisearch server: an in-process HTTP
 * server replays the request/response pairs in ./__recordings__ (written from Meilisearch's
 * documented v1.x API). The engine talks to it through the real `meilisearch` client, so what
 * is checked is the HTTP the engine sends: any request that matches no recording fails the
 * test, and so does a recording that was never requested.
 *
 * The same engine against a real server: integration-tests/search/meilisearch-live.spec.ts
 * (`MEILISEARCH_HOST=http://127.0.0.1:7700 pnpm test:search`).
 */
import { readFileSync } from "node:fs"
import { createServer, type IncomingHttpHeaders, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import path from "node:path"
import { isDeepStrictEqual } from "node:util"
import { afterEach, describe, expect, it } from "vitest"
import { meilisearchSynonyms } from "../query-text"
import { PRICE_BUCKETS, type SearchDocument, type SearchParams } from "../types"
import { MeilisearchEngine, toMarkup, type MeilisearchEngineOptions } from "./meilisearch"

// ---- the replay server ------------------------------------------------------------------------

interface Interaction {
  request: {
    method: string
    path: string
    /** Exact query string parameters; none when absent. */
    query?: Record<string, string>
    /** Headers that must be present with these values (names in lower case). */
    headers?: Record<string, string>
    /** The JSON body, compared structurally; no body when absent. */
    body?: unknown
  }
  response: { status: number; body?: unknown }
  /** May be requested any number of times (at least once). */
  repeat?: boolean
}

const RECORDINGS = path.join(__dirname, "__recordings__")

/** Values the recordings name instead of spelling out (they belong to other files). */
const PLACEHOLDERS: Record<string, unknown> = { "{{synonyms}}": meilisearchSynonyms() }

function resolvePlaceholders(value: unknown): unknown {
  if (typeof value === "string" && value in PLACEHOLDERS) return PLACEHOLDERS[value]
  if (Array.isArray(value)) return value.map(resolvePlaceholders)
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolvePlaceholders(v)]))
  }
  return value
}

function loadRecording(name: string): Interaction[] {
  const file = JSON.parse(readFileSync(path.join(RECORDINGS, `${name}.json`), "utf8")) as {
    interactions: Interaction[]
  }
  return file.interactions.map((i) => ({ ...i, request: resolvePlaceholders(i.request) as Interaction["request"] }))
}

class ReplayServer {
  readonly uses: number[]
  readonly unmatched: string[] = []
  requests = 0
  verified = false
  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly interactions: Interaction[]
  ) {
    this.uses = interactions.map(() => 0)
  }

  static async start(interactions: Interaction[]): Promise<ReplayServer> {
    let replay: ReplayServer | undefined
    const server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on("data", (chunk: Buffer) => chunks.push(chunk))
      req.on("end", () => {
        const { status, body } = replay!.answer(req.method ?? "GET", req.url ?? "/", req.headers, Buffer.concat(chunks))
        res.writeHead(status, { "content-type": "application/json" })
        res.end(body === undefined ? "" : JSON.stringify(body))
      })
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    const { port } = server.address() as AddressInfo
    replay = new ReplayServer(server, `http://127.0.0.1:${port}`, interactions)
    active.push(replay)
    return replay
  }

  private answer(method: string, rawUrl: string, headers: IncomingHttpHeaders, raw: Buffer) {
    this.requests++
    const url = new URL(rawUrl, "http://replay")
    const query = Object.fromEntries(url.searchParams)
    let body: unknown
    try {
      body = raw.length ? JSON.parse(raw.toString("utf8")) : undefined
    } catch {
      body = raw.toString("utf8")
    }
    const index = this.interactions.findIndex((interaction, i) => {
      const r = interaction.request
      return (
        (interaction.repeat || this.uses[i] === 0) &&
        r.method === method &&
        r.path === url.pathname &&
        isDeepStrictEqual(r.query ?? {}, query) &&
        Object.entries(r.headers ?? {}).every(([name, value]) => headers[name] === value) &&
        isDeepStrictEqual(r.body ?? null, body ?? null)
      )
    })
    if (index === -1) {
      const described = `${method} ${url.pathname}${url.search} ${body === undefined ? "" : JSON.stringify(body)}`
      this.unmatched.push(described)
      return {
        status: 501,
        body: { message: `no recording matches ${described}`, code: "replay_unmatched", type: "internal", link: "" },
      }
    }
    this.uses[index]++
    return this.interactions[index].response
  }

  /** Every request matched a recording and every recording was requested. */
  verify(): void {
    this.verified = true
    expect(this.unmatched, "requests that match no recording").toEqual([])
    const unused = this.interactions
      .filter((_, i) => this.uses[i] === 0)
      .map((i) => `${i.request.method} ${i.request.path} ${JSON.stringify(i.request.body ?? "")}`)
    expect(unused, "recordings never requested").toEqual([])
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()))
  }
}

const active: ReplayServer[] = []

afterEach(async () => {
  const servers = active.splice(0)
  try {
    for (const server of servers) if (!server.verified) server.verify()
  } finally {
    await Promise.all(servers.map((s) => s.close()))
  }
})

const replay = async (name: string) => ReplayServer.start(loadRecording(name))

const engineFor = (server: { url: string }, options: Partial<MeilisearchEngineOptions> = {}) =>
  new MeilisearchEngine({
    host: server.url,
    apiKey: "test-master-key",
    taskPollIntervalMs: 1,
    batchSize: 2,
    ...options,
  })

// ---- fixtures ---------------------------------------------------------------------------------

const jahe: SearchDocument = {
  id: "prod_jahe",
  handle: "jahe-instan-merah",
  title: "Jahe Instan Merah",
  subtitle: "Serbuk jahe merah 250 g",
  description: "Minuman serbuk siap seduh dari jahe merah pilihan, dibuat oleh warga binaan Lapas Cipinang.",
  thumbnail: "https://cdn.example.test/jahe.jpg",
  lapas_id: "lapas_01",
  lapas_handle: "lapas-cipinang",
  lapas_name: "Lapas Kelas I Cipinang",
  category_handles: ["makanan-minuman", "minuman-serbuk"],
  category_names: ["Makanan & Minuman", "Minuman Serbuk"],
  tags: ["jahe", "herbal"],
  sales_channel_ids: ["sc_web"],
  min_price: 35000,
  price_bucket: "0-50000",
  in_stock: true,
  created_at: "2026-03-01T08:00:00.000Z",
}
const kunyit: SearchDocument = {
  id: "prod_kunyit",
  handle: "kunyit-asam-instan",
  title: "Kunyit Asam Instan",
  subtitle: null,
  description: "Kunyit asam serbuk tanpa pengawet.",
  thumbnail: null,
  lapas_id: "lapas_02",
  lapas_handle: "lapas-sukamiskin",
  lapas_name: "Lapas Kelas I Sukamiskin",
  category_handles: ["makanan-minuman", "minuman-serbuk"],
  category_names: ["Makanan & Minuman", "Minuman Serbuk"],
  tags: ["herbal"],
  sales_channel_ids: ["sc_web", "sc_app"],
  min_price: 42000,
  price_bucket: "0-50000",
  in_stock: false,
  created_at: "2026-02-14T02:30:00.000Z",
}
const kursi: SearchDocument = {
  id: "prod_kursi",
  handle: "kursi-rotan-teras",
  title: "Kursi Rotan Teras",
  subtitle: "Rotan sintetis, rangka besi",
  description: null,
  thumbnail: "https://cdn.example.test/kursi.jpg",
  lapas_id: "lapas_01",
  lapas_handle: "lapas-cipinang",
  lapas_name: "Lapas Kelas I Cipinang",
  category_handles: ["mebel"],
  category_names: ["Mebel"],
  tags: [],
  sales_channel_ids: ["sc_web"],
  min_price: 850000,
  price_bucket: "500000-1000000",
  in_stock: true,
  created_at: "2026-01-20T05:00:00.000Z",
}

const priceFacet = (counts: number[]) =>
  PRICE_BUCKETS.map((bucket, i) => ({ value: bucket.value, min: bucket.min, max: bucket.max, count: counts[i] }))

const search = (overrides: Partial<SearchParams>): SearchParams => ({
  q: "",
  sales_channel_ids: ["sc_web"],
  limit: 20,
  offset: 0,
  ...overrides,
})

// ---- tests ------------------------------------------------------------------------------------

describe("MeilisearchEngine against recorded Meilisearch responses", () => {
  it("setup creates the index (an existing one is fine) and applies the settings, with the API key", async () => {
    const server = await replay("setup")
    await engineFor(server).setup()
  })

  it("upsert adds the documents in batches with primaryKey=id and waits until each task succeeded", async () => {
    const server = await replay("upsert")
    await engineFor(server).upsert([jahe, kunyit, kursi])
  })

  it("upsert and remove of nothing send nothing", async () => {
    const server = await ReplayServer.start([])
    const engine = engineFor(server)
    await engine.upsert([])
    await engine.remove([])
    expect(server.requests).toBe(0)
  })

  it("upsert fails with the task's error when Meilisearch rejects the documents", async () => {
    const server = await replay("upsert-task-failed")
    await expect(engineFor(server).upsert([kursi])).rejects.toThrow(
      /^Meilisearch upsert failed: Meilisearch task 13 \(documentAdditionOrUpdate on products\) failed: The primary key inference failed.*\[index_primary_key_no_candidate_found\]$/
    )
  })

  it("upsert gives up on a task that does not finish in time", async () => {
    const server = await replay("upsert-task-timeout")
    await expect(engineFor(server, { taskTimeoutMs: 150 }).upsert([kursi])).rejects.toThrow(
      /Meilisearch upsert failed: Meilisearch did not finish task 14 within 150 ms/
    )
  })

  it("remove deletes the ids in one batch (duplicates collapsed) and waits", async () => {
    const server = await replay("remove")
    await engineFor(server).remove(["prod_kursi", "prod_unknown", "prod_kursi"])
  })

  it("replaceAll fills a staging index with settings and documents, then swaps it in", async () => {
    const server = await replay("replace-all")
    await engineFor(server).replaceAll([jahe, kunyit, kursi])
  })

  it("search sends every filter, asks each active facet without its own filter, and maps the answer", async () => {
    const server = await replay("search-filters-facets")
    const result = await engineFor(server).search(
      search({
        q: "  JAHE   instant!",
        lapas: ["lapas-cipinang", "lapas-sukamiskin"],
        category: ["minuman-serbuk"],
        min_price: 10000,
        max_price: 100000,
        in_stock: true,
      })
    )
    expect(result).toEqual({
      hits: [
        {
          id: "prod_jahe",
          title: "Jahe Instan Merah",
          handle: "jahe-instan-merah",
          thumbnail: "https://cdn.example.test/jahe.jpg",
          lapas: { name: "Lapas Kelas I Cipinang", handle: "lapas-cipinang" },
          min_price: 35000,
          in_stock: true,
          highlight: {
            title: "<mark>Jahe</mark> <mark>Instan</mark> Merah",
            description:
              "Minuman serbuk siap seduh dari <mark>jahe</mark> merah pilihan, dibuat oleh warga binaan Lapas Cipinang.",
          },
        },
      ],
      facets: {
        lapas: [
          { value: "lapas-tangerang", label: "Lapas Pemuda Tangerang", count: 2 },
          { value: "lapas-cipinang", label: "Lapas Kelas I Cipinang", count: 1 },
          { value: "lapas-sukamiskin", label: "Lapas Kelas I Sukamiskin", count: 1 },
        ],
        category: [
          { value: "makanan-minuman", label: "Makanan & Minuman", count: 2 },
          { value: "minuman-serbuk", label: "Minuman Serbuk", count: 1 },
          { value: "oleh-oleh", label: "Oleh-oleh", count: 1 },
        ],
        price: priceFacet([1, 0, 2, 0, 0, 0]),
      },
      total: 1,
    })
  })

  it("an empty query lists newest first with exact totals and plain titles, all facets from the one query", async () => {
    const server = await replay("search-empty-query")
    const result = await engineFor(server).search(
      search({ q: "   ", sales_channel_ids: ["sc_web", "sc_app"], limit: 2, offset: 4 })
    )
    expect(result).toEqual({
      hits: [
        {
          id: "prod_kunyit",
          title: "Kunyit Asam Instan",
          handle: "kunyit-asam-instan",
          thumbnail: null,
          lapas: { name: "Lapas Kelas I Sukamiskin", handle: "lapas-sukamiskin" },
          min_price: 42000,
          in_stock: false,
          highlight: { title: "Kunyit Asam Instan", description: null },
        },
        {
          id: "prod_kursi",
          title: "Kursi Rotan Teras",
          handle: "kursi-rotan-teras",
          thumbnail: "https://cdn.example.test/kursi.jpg",
          lapas: { name: "Lapas Kelas I Cipinang", handle: "lapas-cipinang" },
          min_price: 850000,
          in_stock: true,
          highlight: { title: "Kursi Rotan Teras", description: null },
        },
      ],
      facets: {
        lapas: [
          { value: "lapas-cipinang", label: "Lapas Kelas I Cipinang", count: 4 },
          { value: "lapas-sukamiskin", label: "Lapas Kelas I Sukamiskin", count: 2 },
        ],
        category: [
          { value: "makanan-minuman", label: "Makanan & Minuman", count: 4 },
          { value: "minuman-serbuk", label: "Minuman Serbuk", count: 4 },
          { value: "mebel", label: "Mebel", count: 2 },
        ],
        price: priceFacet([4, 0, 0, 0, 2, 0]),
      },
      total: 6,
    })
  })

  it("when no product has all the words, the same queries are asked again matching fewer words", async () => {
    const server = await replay("search-fallback")
    const result = await engineFor(server).search(search({ q: "kursi plastik" }))
    expect(result.total).toBe(1)
    expect(result.hits.map((h) => [h.id, h.highlight])).toEqual([
      ["prod_kursi", { title: "<mark>Kursi</mark> Rotan Teras", description: null }],
    ])
    expect(result.facets.lapas).toEqual([{ value: "lapas-cipinang", label: "Lapas Kelas I Cipinang", count: 1 }])
    expect(result.facets.category).toEqual([{ value: "mebel", label: "Mebel", count: 1 }])
    expect(result.facets.price).toEqual(priceFacet([0, 0, 0, 0, 1, 0]))
  })

  it("facets:false asks for no facets and returns empty facet lists; an unaligned offset is cut out", async () => {
    const server = await replay("search-no-facets")
    const result = await engineFor(server).search(search({ q: "Kursi", limit: 2, offset: 1, facets: false }))
    expect(result.facets).toEqual({ lapas: [], category: [], price: [] })
    expect(result.total).toBe(3)
    expect(result.hits.map((h) => [h.id, h.highlight.title])).toEqual([
      ["prod_kursi_b", "<mark>Kursi</mark> Bambu"],
      ["prod_kursi", "<mark>Kursi</mark> Rotan Teras"],
    ])
  })

  it("a key without sales channels finds nothing, without asking Meilisearch", async () => {
    const server = await ReplayServer.start([])
    const result = await engineFor(server).search(search({ q: "jahe", sales_channel_ids: [] }))
    expect(result).toEqual({
      hits: [],
      facets: { lapas: [], category: [], price: priceFacet([0, 0, 0, 0, 0, 0]) },
      total: 0,
    })
    expect(server.requests).toBe(0)
  })

  it("a refused filter becomes a clear error", async () => {
    const server = await replay("search-invalid-filter")
    await expect(engineFor(server).search(search({ q: "jahe", category: ["minuman-serbuk"] }))).rejects.toThrow(
      /^Meilisearch search failed: HTTP 400 invalid_search_filter: .*Attribute `category_handles` is not filterable/
    )
  })

  it("a server that is down becomes a clear error", async () => {
    const closed = await ReplayServer.start([])
    closed.verified = true
    await closed.close()
    const engine = engineFor(closed)
    await expect(engine.search(search({ q: "jahe" }))).rejects.toThrow(
      /^Meilisearch search failed: cannot reach Meilisearch at http:\/\/127\.0\.0\.1:\d+: .*ECONNREFUSED/
    )
    await expect(engine.setup()).rejects.toThrow(/^Meilisearch setup failed: cannot reach Meilisearch/)
  })

  it("a server that does not answer becomes a clear error after requestTimeoutMs", async () => {
    const silent = createServer(() => undefined)
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve))
    try {
      const { port } = silent.address() as AddressInfo
      const engine = engineFor({ url: `http://127.0.0.1:${port}` }, { requestTimeoutMs: 100 })
      await expect(engine.search(search({ q: "jahe" }))).rejects.toThrow(
        /^Meilisearch search failed: Meilisearch at http:\/\/127\.0\.0\.1:\d+ did not answer within 100 ms$/
      )
    } finally {
      silent.closeAllConnections()
      await new Promise((resolve) => silent.close(resolve))
    }
  })
})

describe("the replay server itself", () => {
  it("refuses a request that differs from the recording and reports recordings never used", async () => {
    const server = await replay("setup")
    // Another index name: the first request already differs from what was recorded.
    await expect(engineFor(server, { indexName: "produk" }).setup()).rejects.toThrow(/replay_unmatched/)
    expect(server.unmatched).toHaveLength(1)
    expect(server.unmatched[0]).toContain('"uid":"produk"')
    expect(() => server.verify()).toThrow()
  })

  it("refuses a request without the recorded API key", async () => {
    const server = await replay("setup")
    await expect(engineFor(server, { apiKey: "another-key" }).setup()).rejects.toThrow(/replay_unmatched/)
    expect(() => server.verify()).toThrow()
  })
})

describe("toMarkup", () => {
  it("turns Meilisearch's tags into <mark> and drops markup the text itself contains", () => {
    expect(toMarkup("Tas <mark>rotan</mark> \uE000anyaman\uE001 <b>besar</b>")).toBe(
      "Tas rotan <mark>anyaman</mark> <b>besar</b>"
    )
    expect(toMarkup("\uE000jahe")).toBe("<mark>jahe</mark>")
    expect(toMarkup("kopi \uE000\uE001bubuk")).toBe("kopi bubuk")
  })
})
