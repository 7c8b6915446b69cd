/**
 * Contract test of the Biteship rate source, without Biteship: an in-process HTTP server replays
 * the request/response pairs in ./__recordings__ (written from Biteship's documented Rates API,
 * https://biteship.com/en/docs/api/rates/retrieve). quoteByBiteship and the fulfillment provider
 * talk to it through `baseUrl`, so what is checked is the HTTP they send: a request that matches
 * no recording (method, path, the recorded headers including Authorization, the JSON body) fails
 * the test, and so does a recording that was never requested.
 */
import { readFileSync } from "node:fs"
import { createServer, type IncomingHttpHeaders, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import path from "node:path"
import { isDeepStrictEqual } from "node:util"
import { afterEach, describe, expect, it, vi } from "vitest"
import type { CourierOptionData } from "@karya-binaan/contracts"
import { clearBiteshipCache, etdDaysOf, quoteByBiteship, type BiteshipLine, type BiteshipOptions } from "./biteship"
import { parcelOf } from "./rate-table"
import { CourierRatesProviderService } from "./service"

// ---- the replay server ------------------------------------------------------------------------

interface Interaction {
  request: { method: string; path: string; headers?: Record<string, string>; body?: unknown }
  response: { status: number; body?: unknown }
  /** The replay server answers this late (to let the client time out). */
  delay_ms?: number
}

const RECORDINGS = path.join(__dirname, "__recordings__")
const API_KEY = "biteship_test.kb-contract-key"

function loadRecording(name: string): Interaction[] {
  return (JSON.parse(readFileSync(path.join(RECORDINGS, `${name}.json`), "utf8")) as { interactions: Interaction[] })
    .interactions
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
        const { status, body, delay } = replay!.answer(req.method ?? "GET", req.url ?? "/", req.headers, Buffer.concat(chunks))
        const send = () => {
          if (res.destroyed) return
          res.writeHead(status, { "content-type": "application/json" })
          res.end(body === undefined ? "" : JSON.stringify(body))
        }
        if (delay) setTimeout(send, delay)
        else send()
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
    let body: unknown
    try {
      body = raw.length ? JSON.parse(raw.toString("utf8")) : undefined
    } catch {
      body = raw.toString("utf8")
    }
    const index = this.interactions.findIndex((interaction, i) => {
      const r = interaction.request
      return (
        this.uses[i] === 0 &&
        r.method === method &&
        r.path === url.pathname &&
        url.search === "" &&
        Object.entries(r.headers ?? {}).every(([name, value]) => headers[name] === value) &&
        isDeepStrictEqual(r.body ?? null, body ?? null)
      )
    })
    if (index === -1) {
      this.unmatched.push(`${method} ${url.pathname}${url.search} ${JSON.stringify(body ?? "")}`)
      return { status: 501, body: { success: false, error: "no recording matches this request" }, delay: 0 }
    }
    this.uses[index]++
    return { ...this.interactions[index].response, delay: this.interactions[index].delay_ms ?? 0 }
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
    return new Promise((resolve) => {
      this.server.closeAllConnections()
      this.server.close(() => resolve())
    })
  }
}

const active: ReplayServer[] = []

afterEach(async () => {
  clearBiteshipCache()
  const servers = active.splice(0)
  try {
    for (const server of servers) if (!server.verified) server.verify()
  } finally {
    await Promise.all(servers.map((s) => s.close()))
  }
})

const replay = async (name: string) => ReplayServer.start(loadRecording(name))
const optionsFor = (server: { url: string }, extra: Partial<BiteshipOptions> = {}): BiteshipOptions => ({
  apiKey: API_KEY,
  baseUrl: server.url,
  ...extra,
})

// ---- fixtures ---------------------------------------------------------------------------------

const option = (courier: string, service: CourierOptionData["service"]): CourierOptionData => ({
  courier,
  service,
  // Biteship prices instead of the rate table; the table stays the option's data.
  rates: [{ zone: "31", per_kg: 9000, etd_min_days: 1, etd_max_days: 2 }],
})

const jaheAndKopi: BiteshipLine[] = [
  {
    product_title: "Jahe Instan Merah",
    title: "250 g",
    unit_price: 35000,
    quantity: 2,
    variant: { weight: 300, length: 10, width: 8, height: 15 },
    product: { weight: 250 },
  },
  { product_title: "Kopi Bubuk Robusta", unit_price: 48000, quantity: 1, variant: { weight: null }, product: { weight: 500 } },
]
const mejaRotan: BiteshipLine[] = [
  {
    product_title: "Meja Rotan Bundar",
    unit_price: 1250000,
    quantity: 1,
    variant: { weight: 25000 },
    product: { length: 100, width: 60, height: 40 },
  },
]
const keset = (quantity = 1): BiteshipLine[] => [
  { product_title: "Keset Sabut Kelapa", unit_price: 45000, quantity, variant: { weight: 700 } },
]

const quote = (
  server: { url: string },
  courier: string,
  service: CourierOptionData["service"],
  lines: BiteshipLine[],
  destination: string,
  extra: Partial<BiteshipOptions> = {}
) =>
  quoteByBiteship(optionsFor(server, extra), {
    option: option(courier, service),
    origin_postal_code: "13410",
    destination_postal_code: destination,
    lines,
    parcel: parcelOf(lines),
  })

// ---- quoteByBiteship --------------------------------------------------------------------------

describe("quoteByBiteship against recorded Biteship answers", () => {
  it("prices a regular parcel: one request per courier, the service's row, whole rupiah, the estimate in days", async () => {
    const server = await replay("rates-regular-parcel")
    expect(await quote(server, "jne", "regular", jaheAndKopi, "40115")).toEqual({
      quote: { amount: 20000, chargeable_kg: 2, etd_min_days: 1, etd_max_days: 2 },
    })
    // JNE's other services come from the same answer: no second request (the recording is used once).
    expect(await quote(server, "jne", "express", jaheAndKopi, "40115")).toEqual({
      quote: { amount: 38000, chargeable_kg: 2, etd_min_days: 1, etd_max_days: 1 },
    })
    expect(await quote(server, "jne", "cargo", jaheAndKopi, "40115")).toEqual({
      problem: "JNE JTR tidak melayani pengiriman dari kode pos 13410 ke kode pos 40115.",
    })
    expect(server.requests).toBe(1)
  })

  it("options asked at the same moment share one request", async () => {
    const server = await replay("rates-regular-parcel")
    const [regular, express] = await Promise.all([
      quote(server, "jne", "regular", jaheAndKopi, "40115"),
      quote(server, "jne", "express", jaheAndKopi, "40115"),
    ])
    expect([regular.quote?.amount, express.quote?.amount]).toEqual([20000, 38000])
    expect(server.requests).toBe(1)
  })

  it("prices heavy furniture by cargo (JTR), with the volumetric weight as the chargeable weight", async () => {
    const server = await replay("rates-cargo")
    expect(await quote(server, "jne", "cargo", mejaRotan, "99112")).toEqual({
      quote: { amount: 1720000, chargeable_kg: 40, etd_min_days: 7, etd_max_days: 14 },
    })
  })

  it("a parcel over the service's limit is refused without asking Biteship", async () => {
    const server = await ReplayServer.start([])
    expect(await quote(server, "jne", "regular", mejaRotan, "99112")).toEqual({
      problem: "JNE REG menerima paket sampai 30 kg; paket ini 40 kg.",
    })
    expect(server.requests).toBe(0)
  })

  it("an empty pricing list: the courier does not serve the route", async () => {
    const server = await replay("rates-route-not-served")
    expect(await quote(server, "anteraja", "regular", keset(), "99571")).toEqual({
      problem: "AnterAja Reguler tidak melayani pengiriman dari kode pos 13410 ke kode pos 99571.",
    })
  })

  it("a 400 names Biteship's error; it is not remembered, so the next ask goes out again", async () => {
    const server = await ReplayServer.start([...loadRecording("rates-bad-request"), ...loadRecording("rates-bad-request")])
    const expected = {
      problem: "Ongkos kirim JNE REG belum bisa dihitung: Biteship menolak permintaan (HTTP 400: Invalid destination postal code).",
    }
    expect(await quote(server, "jne", "regular", keset(), "10000")).toEqual(expected)
    expect(await quote(server, "jne", "regular", keset(), "10000")).toEqual(expected)
    expect(server.requests).toBe(2)
  })

  it("a 401 says the key was refused, and never shows the key", async () => {
    const server = await replay("rates-wrong-key")
    const log = vi.spyOn(console, "log")
    const error = vi.spyOn(console, "error")
    const warn = vi.spyOn(console, "warn")
    const result = await quote(server, "jne", "regular", keset(), "40115", { apiKey: "biteship_test.revoked-key" })
    expect(result).toEqual({
      problem: "Ongkos kirim JNE REG belum bisa dihitung: Biteship menolak kunci API (HTTP 401); periksa BITESHIP_API_KEY.",
    })
    for (const spy of [log, error, warn]) {
      expect(JSON.stringify(spy.mock.calls)).not.toContain("revoked-key")
      spy.mockRestore()
    }
  })

  it("gives up after its timeout and does not retry", async () => {
    const server = await replay("rates-slow")
    const started = Date.now()
    expect(await quote(server, "jnt", "regular", keset(), "40115", { timeoutMs: 200 })).toEqual({
      problem: "Ongkos kirim J&T Express EZ belum bisa dihitung: Biteship tidak menjawab dalam 0,2 detik.",
    })
    expect(Date.now() - started).toBeLessThan(1_400)
    await new Promise((resolve) => setTimeout(resolve, 1_600))
    expect(server.requests).toBe(1)
  })

  it("an unreachable Biteship is a problem, not a crash", async () => {
    const server = await ReplayServer.start([])
    await server.close()
    expect(await quote(server, "jne", "regular", keset(), "40115")).toEqual({
      problem: "Ongkos kirim JNE REG belum bisa dihitung: Biteship tidak dapat dihubungi.",
    })
  })

  it("missing postal codes are said before anything is sent", async () => {
    const server = await ReplayServer.start([])
    const lines = keset()
    const ask = (origin: string, destination: string) =>
      quoteByBiteship(optionsFor(server), {
        option: option("jne", "regular"),
        origin_postal_code: origin,
        destination_postal_code: destination,
        lines,
        parcel: parcelOf(lines),
      })
    expect(await ask("", "40115")).toEqual({
      problem: "Ongkos kirim JNE REG belum bisa dihitung: alamat lapas belum punya kode pos.",
    })
    expect(await ask("13410", "4011")).toEqual({
      problem: "Isi kode pos alamat pengiriman (5 angka) untuk menghitung ongkos kirim.",
    })
    expect(server.requests).toBe(0)
  })
})

describe("etdDaysOf", () => {
  it("reads Biteship's duration ranges as whole days; hours are one day", () => {
    expect(etdDaysOf({ shipment_duration_range: "2 - 4", shipment_duration_unit: "days" })).toEqual({
      etd_min_days: 2,
      etd_max_days: 4,
    })
    expect(etdDaysOf({ shipment_duration_range: "1", shipment_duration_unit: "days" })).toEqual({
      etd_min_days: 1,
      etd_max_days: 1,
    })
    expect(etdDaysOf({ shipment_duration_range: "6 - 8", shipment_duration_unit: "hours" })).toEqual({
      etd_min_days: 1,
      etd_max_days: 1,
    })
    expect(etdDaysOf({ shipment_duration_range: null, duration: "1 - 3 Hours" })).toEqual({ etd_min_days: 1, etd_max_days: 1 })
    expect(etdDaysOf({ shipment_duration_range: "", duration: "3 - 5 days" })).toEqual({ etd_min_days: 3, etd_max_days: 5 })
    expect(etdDaysOf({ shipment_duration_range: "4 - 2", shipment_duration_unit: "days" })).toBeNull()
    expect(etdDaysOf({ shipment_duration_range: "2 - 3", shipment_duration_unit: "weeks" })).toBeNull()
    expect(etdDaysOf({})).toBeNull()
  })
})

// ---- the fulfillment provider -----------------------------------------------------------------

describe("CourierRatesProviderService with Biteship configured", () => {
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn(), log: vi.fn() } as any
  const context = {
    items: [
      {
        title: "Keset Sabut Kelapa",
        product_title: "Keset Sabut Kelapa",
        unit_price: 45000,
        quantity: 3,
        variant: { weight: 700, length: null, width: null, height: null },
        product: { weight: 650, length: 60, width: 40, height: 2 },
      },
    ],
    shipping_address: {
      province: "Jawa Timur",
      city: "Kota Surabaya",
      address_2: "Gubeng, Airlangga",
      postal_code: "60286",
      country_code: "id",
    },
    from_location: { id: "sloc_porong", name: "Lapas Porong", address: { postal_code: "61274", city: "Sidoarjo" } },
  } as any

  it("prices the cart's parcel from Biteship's answer, with courier, service, weight and estimate", async () => {
    const server = await replay("rates-provider-sicepat")
    const provider = new CourierRatesProviderService({ logger }, { biteship: { apiKey: API_KEY, baseUrl: server.url } })
    const price = await provider.calculatePrice(option("sicepat", "express") as any, {}, context)
    expect(price).toEqual({
      calculated_amount: 36000,
      is_calculated_price_tax_inclusive: true,
      courier: "sicepat",
      service: "express",
      chargeable_kg: 3,
      etd_min_days: 1,
      etd_max_days: 1,
    })
  })

  it("Biteship's refusal reaches the store API as a clear invalid-data error without the key", async () => {
    const server = await replay("rates-wrong-key")
    const provider = new CourierRatesProviderService(
      { logger },
      { biteship: { apiKey: "biteship_test.revoked-key", baseUrl: server.url } }
    )
    const lines = [{ ...context.items[0], quantity: 1, product: { weight: 650 } }]
    const attempt = provider.calculatePrice(option("jne", "regular") as any, {}, {
      ...context,
      items: lines,
      shipping_address: { province: "Jawa Barat", city: "Kota Bandung", postal_code: "40115", country_code: "id" },
      from_location: { address: { postal_code: "13410" } },
    } as any)
    await expect(attempt).rejects.toMatchObject({
      type: "invalid_data",
      message: "Ongkos kirim JNE REG belum bisa dihitung: Biteship menolak kunci API (HTTP 401); periksa BITESHIP_API_KEY.",
    })
    expect(JSON.stringify([logger.info.mock.calls, logger.warn.mock.calls, logger.error.mock.calls])).not.toContain(
      "revoked-key"
    )
  })

  it("when Biteship cannot answer, the lapas's rate table prices the option and the fallback is logged", async () => {
    const server = await replay("rates-wrong-key")
    const provider = new CourierRatesProviderService(
      { logger },
      { biteship: { apiKey: "biteship_test.revoked-key", baseUrl: server.url } }
    )
    const lines = [{ ...context.items[0], quantity: 1, product: { weight: 650 } }]
    const price = await provider.calculatePrice(
      { courier: "jne", service: "regular", rates: [{ zone: "32", per_kg: 11000, etd_min_days: 2, etd_max_days: 3 }] } as any,
      {},
      {
        ...context,
        items: lines,
        shipping_address: { province: "Jawa Barat", city: "Kota Bandung", postal_code: "40115", country_code: "id" },
        from_location: { address: { postal_code: "13410" } },
      } as any
    )
    expect(price).toMatchObject({ calculated_amount: 11000, chargeable_kg: 1, etd_min_days: 2, etd_max_days: 3 })
    expect(JSON.stringify(logger.warn.mock.calls)).toContain("Priced by the lapas's rate table instead")
    expect(JSON.stringify(logger.warn.mock.calls)).not.toContain("revoked-key")
  })

  it("without a Biteship key the lapas's rate table prices, and nothing is sent", async () => {
    const server = await ReplayServer.start([])
    const provider = new CourierRatesProviderService({ logger }, {})
    const price = await provider.calculatePrice(
      { courier: "sicepat", service: "express", rates: [{ zone: "35", per_kg: 12000, etd_min_days: 1, etd_max_days: 2 }] } as any,
      {},
      context
    )
    expect(price).toMatchObject({ calculated_amount: 36000, chargeable_kg: 3, etd_min_days: 1, etd_max_days: 2 })
    expect(server.requests).toBe(0)
  })
})
