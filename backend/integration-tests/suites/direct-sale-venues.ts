import { randomUUID } from "node:crypto"
import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import sharp from "sharp"
import { uploadDir } from "../../src/lib/security/stored-files"
import { defineSuite } from "../runner"
import { failureOf, loginAsMember, type Headers } from "../helpers"

const A = "lapas-bojonegoro"
const B = "lapas-surabaya"

/** Today in WIB (both lapas are in WIB). */
const wibToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)

/**
 * Venues and events with their own stock, selling beyond it offline and settling, closing an
 * event (its stock returns), the same device id sent three times at once, the daily closing
 * (tutup kas), the lapas's QRIS image, and lapas B's venue, sale and closing out of A's reach.
 */
export default defineSuite({
  testSuite: ({ api, dbConnection }) => {
    const as: Record<string, Headers> = {}
    const sql = async (text: string, params: unknown[] = []) => (await dbConnection.raw(text, params)).rows as any[]
    let venuesA: Record<string, string>
    let lapasA: string
    let lapasB: string

    beforeAll(async () => {
      as.staffA = await loginAsMember(api, `staff+${A}@karyabinaan.test`)
      as.financeA = await loginAsMember(api, `finance+${A}@karyabinaan.test`)
      as.staffB = await loginAsMember(api, `staff+${B}@karyabinaan.test`)
      const { data } = await api.get("/lapas-api/venues", as.staffA)
      venuesA = Object.fromEntries(data.venues.map((v: any) => [v.kind, v.id]))
      lapasA = data.venues[0].lapas_id
      lapasB = (await api.get("/lapas-api/venues", as.staffB)).data.venues[0].lapas_id
    })

    /** Published variants of a lapas that track stock with at least `min` available, one per product. */
    const stockOf = async (who: Headers, min = 5) => {
      const { data } = await api.get("/lapas-api/stock?limit=200", who)
      const seen = new Set<string>()
      return (data.stock as any[]).filter((row) => {
        if (row.product_status !== "published" || !row.manage_inventory || row.available < min || seen.has(row.product_id)) return false
        seen.add(row.product_id)
        return true
      })
    }
    const availableAtLapas = async (variantId: string) => {
      const { data } = await api.get("/lapas-api/stock?limit=200", as.staffA)
      return (data.stock as any[]).find((row) => row.variant_id === variantId).available as number
    }
    const eventStock = async (venueId: string) => {
      const { data } = await api.get(`/lapas-api/venues/${venueId}/stock`, as.staffA)
      return Object.fromEntries((data.stock as any[]).map((row) => [row.variant_id, row.quantity]))
    }
    const sell = (venueId: string, lines: { variant_id: string; quantity: number }[], extra: Record<string, unknown> = {}, who = as.staffA) =>
      api.post(
        "/lapas-api/direct-sales",
        {
          client_id: randomUUID(),
          venue_id: venueId,
          lines,
          payment_method: "cash",
          tendered: 50_000_000,
          sold_at: new Date().toISOString(),
          ...extra,
        },
        who
      )
    const newEvent = async (who = as.staffA, name = "Pameran INACRAFT Uji") => {
      const { data, status } = await api.post(
        "/lapas-api/venues",
        { name, place: "JCC Senayan", starts_on: wibToday(), ends_on: wibToday(), max_discount_bp: 1000 },
        who
      )
      expect(status).toBe(201)
      return data.venue
    }

    it("moves stock to an event, sells beyond it, settles, and returns what remains when the event closes", async () => {
      const [r1, r2] = await stockOf(as.staffA)
      const v1 = r1.variant_id
      const v2 = r2.variant_id
      const event = await newEvent()
      expect(event).toMatchObject({ kind: "event", has_own_stock: true, closed_at: null })

      // Renaming the event renames its stock location too.
      const { data: renamed } = await api.post(`/lapas-api/venues/${event.id}`, { name: "Pameran INACRAFT 2027" }, as.staffA)
      expect(renamed.venue.name).toBe("Pameran INACRAFT 2027")
      const [location] = await sql(
        `SELECT sl.name FROM stock_location sl JOIN direct_sale_venue v ON v.stock_location_id = sl.id WHERE v.id = ?`,
        [event.id]
      )
      expect(location.name).toContain("Pameran INACRAFT 2027")
      expect((await failureOf(api.post(`/lapas-api/venues/${event.id}`, {}, as.staffA))).status).toBe(400)

      const before1 = await availableAtLapas(v1)
      const before2 = await availableAtLapas(v2)

      // Not more than the lapas's location has, the line named; only events hold stock.
      const tooMany = await failureOf(
        api.post(
          `/lapas-api/venues/${event.id}/stock-moves`,
          { direction: "to_venue", lines: [{ variant_id: v2, quantity: 1 }, { variant_id: v1, quantity: before1 + 1 }] },
          as.staffA
        )
      )
      expect(tooMany.status).toBe(400)
      expect(tooMany.message).toContain("lines[1]")
      expect(tooMany.message).toContain(`only ${before1} available`)
      const toShowroom = await failureOf(
        api.post(`/lapas-api/venues/${venuesA.showroom}/stock-moves`, { direction: "to_venue", lines: [{ variant_id: v1, quantity: 1 }] }, as.staffA)
      )
      expect(toShowroom.status).toBe(400)
      expect((await failureOf(api.post(`/lapas-api/venues/${event.id}/stock-moves`, { direction: "to_venue", lines: [{ variant_id: v1, quantity: 1 }] }, as.financeA))).status).toBe(403)
      // Nothing of the refused move was written.
      expect(await availableAtLapas(v2)).toBe(before2)

      const { data: moved } = await api.post(
        `/lapas-api/venues/${event.id}/stock-moves`,
        { direction: "to_venue", lines: [{ variant_id: v1, quantity: 3 }, { variant_id: v2, quantity: 2 }] },
        as.staffA
      )
      expect(Object.fromEntries(moved.stock.map((row: any) => [row.variant_id, row.quantity]))).toEqual({ [v1]: 3, [v2]: 2 })
      expect(await availableAtLapas(v1)).toBe(before1 - 3)
      const back = await failureOf(
        api.post(`/lapas-api/venues/${event.id}/stock-moves`, { direction: "from_venue", lines: [{ variant_id: v1, quantity: 4 }] }, as.staffA)
      )
      expect(back.status).toBe(400)
      expect(back.message).toContain("holds only 3")

      // Sold 5 where 3 were (offline, the goods left the stand): accepted and flagged.
      const { data: sold, status } = await sell(event.id, [{ variant_id: v1, quantity: 5 }])
      expect(status).toBe(201)
      expect(sold.direct_sale.stock_warnings).toEqual([expect.objectContaining({ variant_id: v1, quantity: 5, available_before: 3 })])
      expect(sold.direct_sale.stock_settled_at).toBeNull()
      expect((await eventStock(event.id))[v1]).toBe(-2)
      expect(await availableAtLapas(v1)).toBe(before1 - 3)
      const { data: flagged } = await api.get("/lapas-api/direct-sales?warnings=true", as.staffA)
      expect(flagged.direct_sales.map((s: any) => s.id)).toContain(sold.direct_sale.id)

      // Settled once, with a note; a sale without warnings has nothing to settle.
      const saleId = sold.direct_sale.id
      expect((await failureOf(api.post(`/lapas-api/direct-sales/${saleId}/settle-stock`, {}, as.staffA))).status).toBe(400)
      expect((await failureOf(api.post(`/lapas-api/direct-sales/${saleId}/settle-stock`, { note: "Dihitung ulang" }, as.financeA))).status).toBe(403)
      const { data: settled } = await api.post(`/lapas-api/direct-sales/${saleId}/settle-stock`, { note: "Dihitung ulang di stand" }, as.staffA)
      expect(settled.direct_sale.stock_settled_at).toBeTruthy()
      expect(settled.direct_sale.stock_settle_note).toBe("Dihitung ulang di stand")
      const [settledRow] = await sql(`SELECT stock_settled_by FROM direct_sale WHERE id = ?`, [saleId])
      expect(settledRow.stock_settled_by).toBe(sold.direct_sale.cashier.id)
      expect((await failureOf(api.post(`/lapas-api/direct-sales/${saleId}/settle-stock`, { note: "Sekali lagi" }, as.staffA))).status).toBe(409)
      const { data: flaggedAfter } = await api.get("/lapas-api/direct-sales?warnings=true", as.staffA)
      expect(flaggedAfter.direct_sales.map((s: any) => s.id)).not.toContain(saleId)
      const { data: plain } = await sell(event.id, [{ variant_id: v2, quantity: 1 }])
      expect(plain.direct_sale.stock_warnings).toEqual([])
      expect((await failureOf(api.post(`/lapas-api/direct-sales/${plain.direct_sale.id}/settle-stock`, { note: "Tidak perlu" }, as.staffA))).status).toBe(400)

      // Closing returns what remains (1 of v2); the oversold v1 stays below zero at the event.
      expect((await failureOf(api.post(`/lapas-api/venues/${venuesA.showroom}/close`, {}, as.staffA))).status).toBe(400)
      const { data: closed } = await api.post(`/lapas-api/venues/${event.id}/close`, {}, as.staffA)
      expect(closed.venue.closed_at).toBeTruthy()
      expect(closed.returned).toEqual([expect.objectContaining({ variant_id: v2, quantity: 1 })])
      expect(await availableAtLapas(v2)).toBe(before2 - 1)
      expect(await eventStock(event.id)).toEqual({ [v1]: -2, [v2]: 0 })
      const moves = await sql(
        `SELECT variant_id, direction, quantity FROM direct_sale_stock_move WHERE venue_id = ? ORDER BY created_at, direction, variant_id`,
        [event.id]
      )
      expect(moves).toEqual(
        expect.arrayContaining([
          { variant_id: v1, direction: "to_venue", quantity: 3 },
          { variant_id: v2, direction: "to_venue", quantity: 2 },
          { variant_id: v2, direction: "from_venue", quantity: 1 },
        ])
      )
      expect(moves).toHaveLength(3)

      // A closed event takes no moves, no new sales, no second close.
      expect((await failureOf(api.post(`/lapas-api/venues/${event.id}/stock-moves`, { direction: "to_venue", lines: [{ variant_id: v1, quantity: 1 }] }, as.staffA))).status).toBe(400)
      expect((await failureOf(sell(event.id, [{ variant_id: v2, quantity: 1 }]))).status).toBe(400)
      expect((await failureOf(api.post(`/lapas-api/venues/${event.id}/close`, {}, as.staffA))).status).toBe(409)
    })

    it("books one order when the same client_id is sent three times at once", async () => {
      const [r1] = await stockOf(as.staffA)
      const body = {
        client_id: randomUUID(),
        venue_id: venuesA.gate,
        lines: [{ variant_id: r1.variant_id, quantity: 1 }],
        payment_method: "qris",
        sold_at: new Date().toISOString(),
      }
      const answers = await Promise.all([1, 2, 3].map(() => api.post("/lapas-api/direct-sales", body, as.staffA)))
      expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 201])
      expect(answers.filter((a) => a.data.replayed)).toHaveLength(2)
      expect(new Set(answers.map((a) => a.data.direct_sale.id)).size).toBe(1)
      const orders = await sql(`SELECT id FROM "order" WHERE metadata -> 'direct_sale' ->> 'client_id' = ? AND deleted_at IS NULL`, [body.client_id])
      expect(orders).toHaveLength(1)
      expect(orders[0].id).toBe(answers[0].data.direct_sale.order_id)
      const ledger = await sql(
        `SELECT count(*)::int AS n, count(DISTINCT (line_item_id, account, kind))::int AS d FROM share_ledger_entry WHERE order_id = ?`,
        [orders[0].id]
      )
      expect(ledger[0].n).toBeGreaterThan(0)
      expect(ledger[0].n).toBe(ledger[0].d)
      expect(await sql(`SELECT id FROM direct_sale WHERE client_id = ?`, [body.client_id])).toHaveLength(1)
    })

    it("closes a cashier's day with the expected cash per method, a difference only with a reason, once", async () => {
      const [r1, r2] = await stockOf(as.staffA)
      const gate = venuesA.gate
      const { data: cash1 } = await sell(gate, [{ variant_id: r1.variant_id, quantity: 1 }])
      const { data: qris } = await sell(gate, [{ variant_id: r2.variant_id, quantity: 1 }], { payment_method: "qris", tendered: undefined })
      const { data: cash2 } = await sell(gate, [{ variant_id: r2.variant_id, quantity: 2 }])
      await api.post(`/lapas-api/direct-sales/${cash2.direct_sale.id}/void`, { reason: "Salah input jumlah" }, as.staffA)
      const day = cash1.direct_sale.business_date
      const cashier = cash1.direct_sale.cashier.id
      const t1 = Number(cash1.direct_sale.total)
      const t2 = Number(qris.direct_sale.total)

      const { data: preview } = await api.get(`/lapas-api/cash-closings/preview?venue_id=${gate}&business_date=${day}`, as.staffA)
      const byMethod = Object.fromEntries(preview.by_method.map((m: any) => [m.payment_method, [m.sale_count, Number(m.expected)]]))
      expect(byMethod).toEqual({ cash: [1, t1], qris: [1, t2], transfer: [0, 0], card: [0, 0] })
      expect(preview.sales.map((s: any) => s.id).sort()).toEqual([cash1.direct_sale.id, qris.direct_sale.id].sort())
      expect(preview.closing).toBeNull()
      // Finance names the cashier; staff see only their own till.
      const { data: financeView } = await api.get(`/lapas-api/cash-closings/preview?venue_id=${gate}&business_date=${day}&cashier_id=${cashier}`, as.financeA)
      expect(financeView.by_method).toEqual(preview.by_method)
      expect((await failureOf(api.get(`/lapas-api/cash-closings/preview?venue_id=${gate}`, as.financeA))).status).toBe(400)

      const close = { venue_id: gate, business_date: day, opening_float: 200_000, counted_cash: 200_000 + t1 - 500 }
      const noReason = await failureOf(api.post("/lapas-api/cash-closings", close, as.staffA))
      expect(noReason.status).toBe(400)
      expect(noReason.message).toContain("short by Rp 500")
      expect((await failureOf(api.post("/lapas-api/cash-closings", { ...close, reason: "Kurang kembalian" }, as.financeA))).status).toBe(403)
      const { data: closed, status } = await api.post("/lapas-api/cash-closings", { ...close, reason: "Uang kembalian kurang" }, as.staffA)
      expect(status).toBe(201)
      expect(closed.closing).toMatchObject({ business_date: day, reason: "Uang kembalian kurang", cashier: { id: cashier } })
      expect(Number(closed.closing.expected_cash)).toBe(200_000 + t1)
      expect(Number(closed.closing.counted_cash)).toBe(200_000 + t1 - 500)
      expect(Number(closed.closing.difference)).toBe(-500)
      expect(closed.closing.by_method).toEqual(preview.by_method)
      expect((await failureOf(api.post("/lapas-api/cash-closings", { ...close, reason: "Tutup lagi" }, as.staffA))).status).toBe(409)
      // The table refuses a difference without a reason too.
      await expect(
        sql(
          `INSERT INTO direct_sale_cash_closing (id, lapas_id, venue_id, cashier_id, cashier_name, business_date, by_method, opening_float, raw_opening_float, expected_cash, raw_expected_cash, counted_cash, raw_counted_cash, difference, raw_difference, reason, closed_by)
           VALUES ('cclose_check', ?, ?, 'x', 'x', '2026-01-01', '[]', 0, '{}', 10, '{}', 5, '{}', -5, '{}', NULL, 'x')`,
          [lapasA, gate]
        )
      ).rejects.toThrow(/direct_sale_cash_closing_sums/)

      // A sale kept offline and synced after the closing is accepted and shows as after closing.
      const { data: late, status: lateStatus } = await sell(gate, [{ variant_id: r1.variant_id, quantity: 1 }], {
        sold_at: new Date(Date.now() - 60_000).toISOString(),
      })
      expect(lateStatus).toBe(201)
      const { data: after } = await api.get(`/lapas-api/cash-closings/preview?venue_id=${gate}&business_date=${day}`, as.staffA)
      expect(after.closing.id).toBe(closed.closing.id)
      expect(after.after_closing_sale_ids).toEqual(late.direct_sale.business_date === day ? [late.direct_sale.id] : [])

      const { data: list } = await api.get(`/lapas-api/cash-closings?venue_id=${gate}&from=${day}&to=${day}`, as.financeA)
      expect(list.closings.map((c: any) => c.id)).toEqual([closed.closing.id])
    })

    it("sets the lapas's QRIS image as a lossless PNG and clears it", async () => {
      const jpeg = await sharp({ create: { width: 320, height: 300, channels: 3, background: "#ffffff" } })
        .composite([{ input: { create: { width: 100, height: 100, channels: 3, background: "#000000" } }, left: 40, top: 40 }])
        .jpeg()
        .toBuffer()
      const form = (bytes: Buffer, type: string, name: string) => {
        const f = new FormData()
        f.append("file", new Blob([new Uint8Array(bytes)], { type }), name)
        return f
      }
      const { data } = await api.post(`/lapas-api/lapas/${lapasA}/qris`, form(jpeg, "image/jpeg", "qris.jpg"), as.staffA)
      expect(data.lapas.qris_image_url).toMatch(/\.png$/)
      const stored = path.join(uploadDir(), decodeURIComponent(data.lapas.qris_image_url.split("/").pop()))
      expect(existsSync(stored)).toBe(true)
      const meta = await sharp(readFileSync(stored)).metadata()
      expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({ format: "png", width: 320, height: 300 })

      // By content, not by name or declared type; big enough to scan.
      expect((await failureOf(api.post(`/lapas-api/lapas/${lapasA}/qris`, form(Buffer.from("bukan gambar"), "image/png", "qris.png"), as.staffA))).status).toBe(400)
      const tiny = await sharp({ create: { width: 60, height: 60, channels: 3, background: "#ffffff" } }).png().toBuffer()
      expect((await failureOf(api.post(`/lapas-api/lapas/${lapasA}/qris`, form(tiny, "image/png", "qris.png"), as.staffA))).status).toBe(400)
      expect((await failureOf(api.post(`/lapas-api/lapas/${lapasA}/qris`, form(jpeg, "image/jpeg", "qris.jpg"), as.financeA))).status).toBe(403)
      expect((await failureOf(api.post(`/lapas-api/lapas/${lapasB}/qris`, form(jpeg, "image/jpeg", "qris.jpg"), as.staffA))).status).toBe(404)

      const { data: cleared } = await api.delete(`/lapas-api/lapas/${lapasA}/qris`, as.staffA)
      expect(cleared.lapas.qris_image_url).toBeNull()
      expect((await failureOf(api.delete(`/lapas-api/lapas/${lapasB}/qris`, as.staffA))).status).toBe(404)
    })

    it("answers 404 to lapas A for lapas B's venue, sale and closing", async () => {
      const eventB = await newEvent(as.staffB, "Pameran Lapas B")
      const { data: venuesB } = await api.get("/lapas-api/venues", as.staffB)
      const showroomB = venuesB.venues.find((v: any) => v.kind === "showroom").id
      const [rb] = await stockOf(as.staffB)
      const { data: saleB } = await sell(showroomB, [{ variant_id: rb.variant_id, quantity: 1 }], {}, as.staffB)
      const { data: closingB } = await api.post(
        "/lapas-api/cash-closings",
        { venue_id: showroomB, business_date: saleB.direct_sale.business_date, counted_cash: Number(saleB.direct_sale.total) },
        as.staffB
      )
      expect(Number(closingB.closing.difference)).toBe(0)
      const [rA] = await stockOf(as.staffA)

      const refused = await Promise.all([
        failureOf(api.get(`/lapas-api/venues/${eventB.id}/stock`, as.staffA)),
        failureOf(api.get(`/lapas-api/venues/${eventB.id}/stock`, as.financeA)),
        failureOf(api.post(`/lapas-api/venues/${eventB.id}`, { name: "Diambil alih" }, as.staffA)),
        failureOf(api.post(`/lapas-api/venues/${eventB.id}/stock-moves`, { direction: "to_venue", lines: [{ variant_id: rA.variant_id, quantity: 1 }] }, as.staffA)),
        failureOf(api.post(`/lapas-api/venues/${eventB.id}/close`, {}, as.staffA)),
        failureOf(api.get(`/lapas-api/direct-sales/${saleB.direct_sale.id}`, as.staffA)),
        failureOf(api.post(`/lapas-api/direct-sales/${saleB.direct_sale.id}/settle-stock`, { note: "Diambil alih" }, as.staffA)),
        failureOf(api.get(`/lapas-api/cash-closings/preview?venue_id=${showroomB}`, as.staffA)),
        failureOf(api.get(`/lapas-api/cash-closings/preview?venue_id=${showroomB}&cashier_id=${saleB.direct_sale.cashier.id}`, as.financeA)),
        failureOf(api.get(`/lapas-api/cash-closings?venue_id=${showroomB}`, as.financeA)),
        failureOf(api.get(`/lapas-api/cash-closings?lapas_id=${lapasB}`, as.staffA)),
        failureOf(api.post("/lapas-api/cash-closings", { venue_id: showroomB, business_date: wibToday(), counted_cash: 0 }, as.staffA)),
        failureOf(sell(eventB.id, [{ variant_id: rA.variant_id, quantity: 1 }])),
      ])
      expect(refused.map((r) => r.status)).toEqual(refused.map(() => 404))
      const { data: listA } = await api.get("/lapas-api/cash-closings", as.financeA)
      expect(listA.closings.map((c: any) => c.id)).not.toContain(closingB.closing.id)
      // Nothing of B changed: its event still open, its sale unsettled.
      const [venueRow] = await sql(`SELECT name, closed_at FROM direct_sale_venue WHERE id = ?`, [eventB.id])
      expect(venueRow).toEqual({ name: "Pameran Lapas B", closed_at: null })
      const [saleRow] = await sql(`SELECT stock_settled_at FROM direct_sale WHERE id = ?`, [saleB.direct_sale.id])
      expect(saleRow.stock_settled_at).toBeNull()
    })
  },
})
