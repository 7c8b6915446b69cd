import { randomUUID } from "node:crypto"
import { SALE_CHANNEL_LABELS, SALE_CHANNELS } from "@karya-binaan/contracts"
import { readReportCsv, readReportXlsx } from "../report-files"
import { defineSuite, demoSeed } from "../runner"
import { failureOf, loginAs, loginAsMember, placeOrderWithPayment, waitFor, type Headers } from "../helpers"

const A = "lapas-bojonegoro"
const WIB = 7 * 3600_000
const FIGURES = ["revenue", "cost", "profit", "capital", "premi", "pnbp"] as const

const today = () => new Date(Date.now() + WIB).toISOString().slice(0, 10)
const lastDay = (month: string) => {
  const [y, m] = month.split("-").map(Number)
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`
}

/**
 * Finance per channel: in one month, an online order (captured), direct sales at the showroom
 * (one line a service, jasa) and at an event, and a voided direct sale. The PNBP report's totals
 * per channel equal the ledger's rows per channel in the database and add up to the report's
 * total; JSON, CSV and XLSX agree; `channel=` narrows; the void nets to 0 in its channel; the
 * reconciliation, the ledger and the indicators (lapas and national) split the same way.
 */
export default defineSuite({
  testSuite: ({ api, dbConnection }) => {
    const seeded = demoSeed()
    const as: Record<string, Headers> = {}
    let lapasA: string
    const month = today().slice(0, 7)
    const PERIOD = { from: `${month}-01`, to: lastDay(month) }
    const orders: Record<"online" | "showroom" | "event" | "voided", string> = {} as any
    let serviceProduct: string

    const ledgerCount = async (orderId: string) =>
      (await dbConnection.raw(`SELECT COUNT(*)::int AS n FROM share_ledger_entry WHERE order_id = ?`, [orderId])).rows[0].n as number

    /**
     * The ledger of lapas A over the report's WIB days, per channel, as the report should count it.
     * Units are net: the only refunds here are voids, each paying back its whole sale at once, so
     * a refund row's units are its line's quantity.
     */
    async function ledgerByChannel(extra = "") {
      const { rows } = await dbConnection.raw(
        `SELECT channel,
                SUM(CASE WHEN account = 'capital' AND kind = 'sale' THEN revenue
                         WHEN account = 'capital' AND kind = 'refund' THEN -revenue ELSE 0 END)::text AS revenue,
                SUM(amount)::text AS profit,
                COALESCE(SUM(amount) FILTER (WHERE account = 'capital'), 0)::text AS capital,
                COALESCE(SUM(amount) FILTER (WHERE account = 'premi'), 0)::text AS premi,
                COALESCE(SUM(amount) FILTER (WHERE account = 'pnbp'), 0)::text AS pnbp,
                (COALESCE(SUM(quantity) FILTER (WHERE account = 'capital' AND kind = 'sale'), 0)
                 - COALESCE(SUM(quantity) FILTER (WHERE account = 'capital' AND kind = 'refund'), 0))::int AS quantity
           FROM share_ledger_entry
          WHERE lapas_id = ? AND booked_at >= (?::date)::timestamp AT TIME ZONE 'Asia/Jakarta'
            AND booked_at < ((?::date) + 1)::timestamp AT TIME ZONE 'Asia/Jakarta' ${extra}
          GROUP BY channel`,
        [lapasA, PERIOD.from, PERIOD.to]
      )
      const out: Record<string, Record<string, number>> = {}
      for (const channel of SALE_CHANNELS) {
        out[channel] = { revenue: 0, cost: 0, profit: 0, capital: 0, premi: 0, pnbp: 0, quantity: 0 }
      }
      for (const r of rows) {
        const f = { revenue: Number(r.revenue), profit: Number(r.profit), capital: Number(r.capital), premi: Number(r.premi), pnbp: Number(r.pnbp), quantity: Number(r.quantity) }
        out[r.channel] = { ...f, cost: f.revenue - f.profit }
      }
      return out
    }

    const report = (query: string, format = "json") =>
      api.get(`/lapas-api/reports/pnbp?from=${PERIOD.from}&to=${PERIOD.to}${query}&format=${format}`, {
        ...as.financeA,
        responseType: format === "json" ? "json" : "arraybuffer",
      })
    const numbers = (row: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, Number(row[k])]))

    beforeAll(async () => {
      as.staffA = await loginAsMember(api, `staff+${A}@karyabinaan.test`)
      as.financeA = await loginAsMember(api, `finance+${A}@karyabinaan.test`)
      as.national = await loginAsMember(api, "nasional@karyabinaan.test")
      as.admin = await loginAs(api, "admin@karyabinaan.test")
      const { data: venues } = await api.get("/lapas-api/venues", as.staffA)
      const showroom = venues.venues.find((v: any) => v.kind === "showroom").id
      lapasA = venues.venues[0].lapas_id
      const { data: created } = await api.post(
        "/lapas-api/venues",
        { name: "Pameran Produk Lapas", place: "Alun-alun", starts_on: today(), ends_on: today() },
        as.staffA
      )
      const event = created.venue.id

      const { data: stock } = await api.get("/lapas-api/stock?limit=200", as.staffA)
      const seen = new Set<string>()
      const rows = (stock.stock as any[]).filter((row) => {
        if (row.product_status !== "published" || row.available < 10 || seen.has(row.product_id)) return false
        seen.add(row.product_id)
        return true
      })
      const [r1, r2, r3] = rows

      // One product becomes a service (product type "jasa"): its lines book as services.
      // The seed made the "jasa" product type (services).
      const { data: types } = await api.get("/admin/product-types?value=jasa", as.admin)
      const type = { product_type: types.product_types[0] }
      await api.post(`/admin/products/${r3.product_id}`, { type_id: type.product_type.id }, as.admin)
      serviceProduct = r3.product_id

      const online = await placeOrderWithPayment(
        api,
        { publishableKey: seeded.publishableKey, regionId: seeded.regionId },
        [{ variant_id: r1.variant_id, quantity: 2 }],
        as.admin
      )
      await api.post(`/admin/payments/${online.paymentId}/capture`, {}, as.admin)
      await waitFor("the online sale's entries", async () => (await ledgerCount(online.id)) === 3, 20_000)
      orders.online = online.id

      const sell = async (venue_id: string, lines: { variant_id: string; quantity: number }[], payment_method: string) => {
        const { data, status } = await api.post(
          "/lapas-api/direct-sales",
          { client_id: randomUUID(), venue_id, lines, payment_method, ...(payment_method === "cash" ? { tendered: 50_000_000 } : {}), sold_at: new Date().toISOString() },
          as.staffA
        )
        expect(status).toBe(201)
        return data.direct_sale
      }
      const atShowroom = await sell(
        showroom,
        [
          { variant_id: r2.variant_id, quantity: 1 },
          { variant_id: r3.variant_id, quantity: 2 },
        ],
        "cash"
      )
      orders.showroom = atShowroom.order_id
      // The event holds no stock: the sale is recorded and flagged.
      const atEvent = await sell(event, [{ variant_id: r1.variant_id, quantity: 3 }], "qris")
      expect(atEvent.stock_warnings.length).toBeGreaterThan(0)
      orders.event = atEvent.order_id
      const voided = await sell(showroom, [{ variant_id: r2.variant_id, quantity: 4 }], "cash")
      orders.voided = voided.order_id
      await api.post(`/lapas-api/direct-sales/${voided.id}/void`, { reason: "Salah input jumlah" }, as.staffA)
      await waitFor("the void's reversal", async () => (await ledgerCount(voided.order_id)) === 6, 20_000)
    })

    it("books each order's entries under its channel and kind; the voided sale nets to 0 in its channel", async () => {
      const { rows } = await dbConnection.raw(
        `SELECT order_id, channel, line_kind, li.product_id, SUM(amount)::text AS net, COUNT(*)::int AS n
           FROM share_ledger_entry e LEFT JOIN order_line_item li ON li.id = e.line_item_id
          WHERE order_id IN (?, ?, ?, ?) GROUP BY 1, 2, 3, 4`,
        [orders.online, orders.showroom, orders.event, orders.voided]
      )
      const of = (id: string) => rows.filter((r: any) => r.order_id === id)
      expect(of(orders.online).map((r: any) => [r.channel, r.line_kind])).toEqual([["online", "goods"]])
      expect(of(orders.event).map((r: any) => [r.channel, r.line_kind])).toEqual([["event", "goods"]])
      expect(of(orders.showroom).map((r: any) => `${r.channel}:${r.line_kind}:${r.product_id === serviceProduct}`).sort()).toEqual([
        "showroom:goods:false",
        "showroom:service:true",
      ])
      const voided = of(orders.voided)
      expect(voided.map((r: any) => [r.channel, r.line_kind, r.n])).toEqual([["showroom", "goods", 6]])
      expect(Number(voided[0].net)).toBe(0)
    })

    it("totals the report per channel exactly as the ledger, and JSON, CSV and XLSX agree", async () => {
      const { data: json } = await report("")
      const db = await ledgerByChannel()
      expect(json.channel).toBeNull()
      expect(json.by_channel.map((c: any) => c.channel)).toEqual([...SALE_CHANNELS])
      for (const c of json.by_channel) {
        expect(numbers(c, [...FIGURES, "quantity"])).toEqual(db[c.channel])
      }
      for (const key of FIGURES) {
        const sum = json.by_channel.reduce((s: number, c: any) => s + Number(c[key]), 0)
        expect(sum).toBe(Number(json.totals[key]))
        expect(SALE_CHANNELS.reduce((s, c) => s + db[c][key], 0)).toBe(Number(json.totals[key]))
      }
      for (const channel of ["online", "showroom", "event"]) expect(db[channel].revenue).toBeGreaterThan(0)
      // The product rows carry their channel and add up per channel.
      for (const c of json.by_channel) {
        const rows = json.by_product.filter((p: any) => p.channel === c.channel)
        expect(rows.reduce((s: number, p: any) => s + Number(p.pnbp), 0)).toBe(Number(c.pnbp))
      }
      expect(json.orders.find((o: any) => o.order_id === orders.event).channel).toBe("event")
      // Services: the showroom's jasa line, the ledger's service rows.
      const services = await ledgerByChannel("AND line_kind = 'service'")
      expect(Number(json.services.revenue)).toBe(services.showroom.revenue)
      expect(Number(json.services.pnbp)).toBe(SALE_CHANNELS.reduce((s, c) => s + services[c].pnbp, 0))
      expect(json.services.quantity).toBe(2)

      const csvResponse: any = await report("", "csv")
      const csv = readReportCsv(Buffer.from(csvResponse.data))
      const label = (channel: (typeof SALE_CHANNELS)[number]) => SALE_CHANNEL_LABELS[channel].id
      const csvChannels = csv.filter((r) => r.section === "Kanal")
      expect(csvChannels.map((r) => r.channel)).toEqual(SALE_CHANNELS.map(label))
      for (const [i, r] of csvChannels.entries()) expect(numbers(r, [...FIGURES, "quantity"])).toEqual(db[SALE_CHANNELS[i]])
      expect(numbers(csv.find((r) => r.section === "Jasa")!, [...FIGURES])).toEqual(numbers(json.services, [...FIGURES]))
      expect(csv.filter((r) => r.section === "Produk").map((r) => r.channel)).toEqual(json.by_product.map((p: any) => label(p.channel)))

      const xlsxResponse: any = await report("", "xlsx")
      const xlsx = await readReportXlsx(Buffer.from(xlsxResponse.data))
      expect(xlsx).toEqual(csv)
    })

    it("narrows to one channel; deposits stay of every channel", async () => {
      const { data: all } = await report("")
      const { data: event } = await report("&channel=event")
      const db = await ledgerByChannel()
      expect(event.channel).toBe("event")
      expect(event.by_channel.map((c: any) => c.channel)).toEqual(["event"])
      expect(numbers(event.totals, [...FIGURES])).toEqual(numbers(db.event, [...FIGURES]))
      expect(event.by_product.length).toBeGreaterThan(0)
      expect(event.by_product.every((p: any) => p.channel === "event")).toBe(true)
      expect(event.orders.map((o: any) => o.order_id)).toEqual([orders.event])
      expect(event.totals.deposited).toEqual(all.totals.deposited)
      expect(event.totals.outstanding).toEqual(all.totals.outstanding)

      const { data: showroom } = await report("&channel=showroom")
      // The voided sale nets to 0 in the showroom's figures: its order row is all zeros.
      const voided = showroom.orders.find((o: any) => o.order_id === orders.voided)
      for (const key of FIGURES) expect(Number(voided[key])).toBe(0)
      expect(numbers(showroom.totals, [...FIGURES])).toEqual(numbers(db.showroom, [...FIGURES]))

      const csvResponse: any = await report("&channel=event", "csv")
      expect(csvResponse.headers["content-disposition"]).toContain(`-event.csv`)
      expect((await failureOf(report("&channel=pasar"))).status).toBe(400)
    })

    it("splits the reconciliation's PNBP booked and the ledger per channel", async () => {
      const { data: json } = await report("")
      const { data: rec } = await api.get(`/lapas-api/reports/pnbp/reconciliation?from=${month}&to=${month}`, as.financeA)
      const row = rec.months.find((m: any) => m.month === month)
      for (const c of json.by_channel) expect(Number(row.booked_by_channel[c.channel])).toBe(Number(c.pnbp))
      expect(SALE_CHANNELS.reduce((s, c) => s + Number(row.booked_by_channel[c]), 0)).toBe(Number(row.booked))
      expect(rec.totals.booked_by_channel).toEqual(row.booked_by_channel)

      const db = await ledgerByChannel()
      const { data: ledger } = await api.get(`/lapas-api/ledger?from=${PERIOD.from}&to=${PERIOD.to}&channel=event&limit=500`, as.financeA)
      expect(ledger.entries.length).toBe(3)
      expect(ledger.entries.every((e: any) => e.channel === "event" && e.line_kind === "goods")).toBe(true)
      expect(Number(ledger.totals.pnbp)).toBe(db.event.pnbp)
      const { data: whole } = await api.get(`/lapas-api/ledger?from=${PERIOD.from}&to=${PERIOD.to}&limit=1`, as.financeA)
      const split = Object.fromEntries(whole.totals_by_channel.map((c: any) => [c.channel, Number(c.pnbp)]))
      for (const channel of SALE_CHANNELS) expect(split[channel] ?? 0).toBe(db[channel].pnbp)
      const { data: services } = await api.get(`/lapas-api/ledger?from=${PERIOD.from}&to=${PERIOD.to}&line_kind=service&limit=500`, as.financeA)
      expect(services.entries.length).toBe(3)
      expect((await failureOf(api.get(`/lapas-api/ledger?channel=pasar`, as.financeA))).status).toBe(400)
    })

    it("shows indicators per channel for the lapas and compares lapas by channel nationally", async () => {
      const year = month.slice(0, 4)
      const { data: own } = await api.get(`/lapas-api/indicators?year=${year}`, as.financeA)
      expect(own.lapas_by_channel).toBeNull()
      expect(own.by_channel.map((c: any) => c.channel)).toEqual([...SALE_CHANNELS])
      for (const key of ["revenue", "profit", "premi_earned", "pnbp_booked"]) {
        expect(own.by_channel.reduce((s: number, c: any) => s + Number(c[key]), 0)).toBe(Number(own.totals[key]))
      }
      // This month's sales are in the year's figures per channel.
      const { rows } = await dbConnection.raw(
        `SELECT channel, COALESCE(SUM(amount) FILTER (WHERE account = 'pnbp'), 0)::text AS pnbp,
                COALESCE(SUM(amount) FILTER (WHERE account = 'premi'), 0)::text AS premi
           FROM share_ledger_entry
          WHERE lapas_id = ? AND booked_at >= (?::date)::timestamp AT TIME ZONE 'Asia/Jakarta'
            AND booked_at < ((?::date) + 1)::timestamp AT TIME ZONE 'Asia/Jakarta'
          GROUP BY channel`,
        [lapasA, `${year}-01-01`, `${year}-12-31`]
      )
      for (const r of rows) {
        const c = own.by_channel.find((x: any) => x.channel === r.channel)
        expect(Number(c.pnbp_booked)).toBe(Number(r.pnbp))
        expect(Number(c.premi_earned)).toBe(Number(r.premi))
      }
      expect(Number(own.by_channel.find((c: any) => c.channel === "event").revenue)).toBeGreaterThan(0)

      const { data: national } = await api.get(`/lapas-api/indicators?year=${year}`, as.national)
      const rowA = national.lapas_by_channel.find((l: any) => l.lapas_id === lapasA)
      expect(rowA.channels).toEqual(own.by_channel)
      for (const [i, channel] of SALE_CHANNELS.entries()) {
        const sum = national.lapas_by_channel.reduce((s: number, l: any) => s + Number(l.channels[i].pnbp_booked), 0)
        expect(sum).toBe(Number(national.by_channel.find((c: any) => c.channel === channel).pnbp_booked))
      }
    })
  },
})
