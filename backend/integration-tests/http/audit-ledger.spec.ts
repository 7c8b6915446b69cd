import { spawn } from "node:child_process"
import path from "node:path"
import { ACCOUNTS, DEFAULT_BASIS_POINTS, splitProfit } from "@karya-binaan/shares"
import { PRODUCTS } from "../../src/scripts/demo-data/catalogue"
import type { SeedResult } from "../../src/scripts/seed-demo"
import { appModule } from "../app"
import { loginAs, loginAsMember, placeOrderWithPayment, waitFor, type Headers } from "../helpers"
import { demoSeed, integrationTestRunner } from "../runner"

type AuditModule = typeof import("../../src/lib/audit")
const { auditLedger } = appModule<AuditModule>("src/lib/audit")

const A = "lapas-bojonegoro"
const B = "lapas-surabaya"
const EVENTS_SWITCH = "PROFIT_SHARE_BOOK_ON_PAYMENT_EVENTS"
const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)

/**
 * The ledger audit (src/lib/audit) on orders driven through the real flows: two-lapas orders paid
 * by transfer (confirmed part by part), captured by the national office, refunded in part and in
 * full, a part canceled after its transfer, an order canceled unpaid. After them the audit finds
 * nothing; then each kind of discrepancy is made for real, one per test (the runner restores the
 * database before each), and the audit must name it.
 */
integrationTestRunner({
  database: "demo",
  testSuite: ({ api, getContainer, dbConnection }) => {
    let seeded: SeedResult
    const as: Record<string, Headers> = {}
    const variant: Record<string, string> = {}
    const flows: Record<string, { id: string; paymentId: string }> = {}

    const audit = (options = {}) => auditLedger(getContainer(), options)
    const sql = async (text: string, bindings: unknown[] = []) => (await dbConnection.raw(text, bindings)).rows as any[]
    const entriesOf = async (orderId: string) => sql(`SELECT * FROM share_ledger_entry WHERE order_id = ? ORDER BY created_at, id`, [orderId])
    const place = (lines: Record<string, number>) =>
      placeOrderWithPayment(
        api,
        seeded,
        Object.entries(lines).map(([lapas, quantity]) => ({ variant_id: variant[lapas], quantity })),
        as.admin
      )
    const partOf = async (orderId: string, who: Headers) => (await api.get(`/lapas-api/orders/${orderId}`, who)).data.parts[0]
    async function confirm(orderId: string, lapas: string) {
      const part = await partOf(orderId, as[`finance:${lapas}`])
      await api.post(
        `/lapas-api/orders/${orderId}/transfer-confirmations`,
        { amount: part.transfer.expected_amount, transferred_on: today() },
        as[`finance:${lapas}`]
      )
    }
    const booked = (orderId: string, rows: number) =>
      waitFor(`${rows} ledger rows of ${orderId}`, async () => (await entriesOf(orderId)).length >= rows, 20_000)

    /**
     * Waits until the e-mails have landed: none pending and no new row for a second (the lapas
     * notices of an order come from their own subscriber, after the buyer's e-mail).
     */
    async function emailsSettled() {
      let last = -1
      let stableSince = Date.now()
      await waitFor(
        "the e-mails to settle",
        async () => {
          const [{ n, pending }] = await sql(
            `SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'pending')::int AS pending FROM notification`
          )
          if (n !== last || pending > 0) {
            last = n
            stableSince = Date.now()
            return false
          }
          return Date.now() - stableSince >= 1_500
        },
        30_000
      )
    }

    beforeAll(async () => {
      seeded = demoSeed()
      as.admin = await loginAs(api, "admin@karyabinaan.test")
      for (const lapas of [A, B]) {
        const { data } = await api.get(`/store/products?handle=${PRODUCTS.find((p) => p.lapas === lapas)!.handle}&fields=variants.id`, {
          headers: { "x-publishable-api-key": seeded.publishableKey },
        })
        variant[lapas] = data.products[0].variants[0].id
        as[`finance:${lapas}`] = await loginAsMember(api, `finance+${lapas}@karyabinaan.test`)
        as[`staff:${lapas}`] = await loginAsMember(api, `staff+${lapas}@karyabinaan.test`)
      }
      // Paid by transfer, part by part: A's lines booked on A's confirmation, B's on B's.
      flows.transfer = await place({ [A]: 2, [B]: 1 })
      await confirm(flows.transfer.id, A)
      await booked(flows.transfer.id, 3)
      await confirm(flows.transfer.id, B)
      await booked(flows.transfer.id, 6)
      // Captured by the national office, then refunded in part (amount only).
      flows.partial = await place({ [A]: 1, [B]: 3 })
      await api.post(`/admin/payments/${flows.partial.paymentId}/capture`, {}, as.admin)
      await booked(flows.partial.id, 6)
      await api.post(`/admin/payments/${flows.partial.paymentId}/refund`, { amount: 10_000 }, as.admin)
      await booked(flows.partial.id, 12)
      // Captured, then refunded in full: every account nets to 0.
      flows.full = await place({ [A]: 1, [B]: 1 })
      await api.post(`/admin/payments/${flows.full.paymentId}/capture`, {}, as.admin)
      await booked(flows.full.id, 6)
      const [{ captured }] = await sql(
        `SELECT sum(amount)::text AS captured FROM capture WHERE payment_id = ? AND deleted_at IS NULL`,
        [flows.full.paymentId]
      )
      await api.post(`/admin/payments/${flows.full.paymentId}/refund`, { amount: Number(captured) }, as.admin)
      await booked(flows.full.id, 12)
      // A's part paid by transfer, then canceled by A (refunded); B's part stays unpaid.
      flows.canceledPart = await place({ [A]: 1, [B]: 2 })
      await confirm(flows.canceledPart.id, A)
      await booked(flows.canceledPart.id, 3)
      await api.post(`/lapas-api/orders/${flows.canceledPart.id}/cancel`, { reason: "Stok habis" }, as[`staff:${A}`])
      await booked(flows.canceledPart.id, 6)
      // Canceled unpaid by the national office: nothing booked, its stock released.
      flows.canceled = await place({ [A]: 1, [B]: 1 })
      await api.post(`/admin/orders/${flows.canceled.id}/cancel`, {}, as.admin)
      // Placed, not paid: reserved, nothing booked.
      flows.unpaid = await place({ [A]: 1, [B]: 1 })
      // Let the order-placed e-mails and the premi allocations land.
      await waitFor(
        "the order-placed e-mails",
        async () =>
          (await sql(`SELECT count(*)::int AS n FROM notification WHERE template = 'order-placed' AND status = 'success'`))[0].n >= 6,
        20_000
      )
      // …and every other e-mail: the runner snapshots the database after this, a pending row would stay pending.
      await emailsSettled()
    })

    afterEach(() => {
      delete process.env[EVENTS_SWITCH]
    })

    /** Inserts a copy of a row (as the database's owner: INSERT is what the append-only tables allow), with some columns changed. */
    async function copyRow(table: string, id: string, changes: Record<string, unknown>) {
      const columns = (
        await sql(
          `SELECT column_name FROM information_schema.columns
            WHERE table_name = ? AND column_name NOT IN ('chain_seq', 'prev_hash', 'row_hash')`,
          [table]
        )
      )
        .map((c) => c.column_name as string)
        .filter((c) => !(c in changes))
      const names = [...Object.keys(changes), ...columns].map((c) => `"${c}"`).join(", ")
      const values = [...Object.keys(changes).map(() => "?"), ...columns.map((c) => `"${c}"`)].join(", ")
      await sql(`INSERT INTO ${table} (${names}) SELECT ${values} FROM ${table} WHERE id = ?`, [...Object.values(changes), id])
    }
    const amountColumns = (amount: bigint | number) => ({
      amount: amount.toString(),
      raw_amount: JSON.stringify({ value: amount.toString(), precision: 20 }),
    })

    /** The kinds of discrepancy the audit found (sorted, each once). */
    const kindsOf = (report: Awaited<ReturnType<typeof audit>>) => [...new Set(report.discrepancies.map((d) => d.kind))].sort()

    it("finds nothing wrong after the normal flows, and counts what it looked at", async () => {
      const report = await audit()
      expect(report.discrepancies).toEqual([])
      expect(report.counts).toMatchObject({
        orders: 6,
        // transfer A+B, partial A+B, full A+B, canceledPart A (B unpaid).
        paid_parts: 7,
        lines_booked: 7,
        refunds: 3,
        canceled_orders: 1,
        canceled_parts: 1,
      })
      expect(report.counts.premi_allocations).toBeGreaterThan(0)
      expect(report.counts.reservations).toBeGreaterThan(0)
      expect(report.counts.notifications).toBeGreaterThanOrEqual(6)
      expect(Object.values(report.by_kind).every((n) => n === 0)).toBe(true)

      const one = await audit({ orderIds: [flows.partial.id] })
      expect(one.counts).toMatchObject({ orders: 1, paid_parts: 2, lines_booked: 2, refunds: 1 })
      expect(one.discrepancies).toEqual([])
      const none = await audit({ since: new Date(Date.now() + 60_000) })
      expect(none.counts.orders).toBe(0)
    })

    it("line_not_booked: a payment captured while booking was off leaves its lines unbooked", async () => {
      const order = await place({ [A]: 1, [B]: 1 })
      process.env[EVENTS_SWITCH] = "false"
      await api.post(`/admin/payments/${order.paymentId}/capture`, {}, as.admin)
      await emailsSettled()
      expect(await entriesOf(order.id)).toEqual([])
      const report = await audit()
      expect(kindsOf(report)).toEqual(["line_not_booked"])
      expect(report.discrepancies).toHaveLength(2)
      expect(report.discrepancies.every((d) => d.order_id === order.id && d.actual === "0")).toBe(true)
    })

    it("line_not_booked: a sale booked twice for one line (under another key)", async () => {
      const [row] = (await entriesOf(flows.transfer.id)).filter((e) => e.kind === "sale" && e.account === "pnbp")
      await copyRow("share_ledger_entry", row.id, { id: "sle_audit_dup", idempotency_key: `${row.idempotency_key}:again` })
      const report = await audit()
      // The second sale is also money the split does not give.
      expect(kindsOf(report)).toEqual(["line_not_booked", "shares_not_split"])
      expect(report.discrepancies.find((d) => d.kind === "line_not_booked")).toMatchObject({
        order_id: flows.transfer.id,
        id: row.line_item_id,
        expected: "1",
        actual: "2",
      })
    })

    it("booked_unpaid: sale entries for a line of a part never paid", async () => {
      const [template] = await entriesOf(flows.transfer.id)
      const lines = await sql(
        `SELECT oi.item_id, oi.quantity::int AS quantity, li.unit_price::text AS unit_price, c.unit_cost::text AS unit_cost, c.lapas_id
           FROM order_item oi JOIN order_line_item li ON li.id = oi.item_id
           JOIN production_order_line_cost c ON c.line_item_id = oi.item_id
          WHERE oi.order_id = ?`,
        [flows.unpaid.id]
      )
      const line = lines[0]
      const revenue = BigInt(line.unit_price) * BigInt(line.quantity)
      const shares = splitProfit(revenue - BigInt(line.quantity) * BigInt(line.unit_cost), DEFAULT_BASIS_POINTS)
      for (const account of ACCOUNTS) {
        await copyRow("share_ledger_entry", template.id, {
          id: `sle_audit_unpaid_${account}`,
          order_id: flows.unpaid.id,
          line_item_id: line.item_id,
          lapas_id: line.lapas_id,
          account,
          kind: "sale",
          idempotency_key: `sale:${line.item_id}:${account}`,
          ...amountColumns(shares[account]),
          quantity: line.quantity,
          revenue: revenue.toString(),
          raw_revenue: JSON.stringify({ value: revenue.toString(), precision: 20 }),
          unit_cost: line.unit_cost,
          raw_unit_cost: JSON.stringify({ value: line.unit_cost, precision: 20 }),
          capital_bp: DEFAULT_BASIS_POINTS.capital_bp,
          premi_bp: DEFAULT_BASIS_POINTS.premi_bp,
          pnbp_bp: DEFAULT_BASIS_POINTS.pnbp_bp,
        })
      }
      const report = await audit()
      // Its premi is booked but allocated to nobody.
      expect(kindsOf(report).filter((k) => k !== "premi_mismatch")).toEqual(["booked_unpaid"])
      expect(report.discrepancies.find((d) => d.kind === "booked_unpaid")).toMatchObject({ order_id: flows.unpaid.id, id: line.item_id })
    })

    it("shares_not_split: an entry that moves a rupiah from capital to PNBP", async () => {
      const sale = (await entriesOf(flows.transfer.id)).filter((e) => e.kind === "sale")
      for (const [account, amount] of [["capital", -1], ["pnbp", 1]] as const) {
        const row = sale.find((e) => e.account === account)
        await copyRow("share_ledger_entry", row.id, {
          id: `sle_audit_move_${account}`,
          kind: "correction",
          reference_id: "audit-test",
          idempotency_key: `correction:audit-test:${row.line_item_id}:${account}`,
          reason: "Uji audit: satu rupiah pindah akun",
          ...amountColumns(amount),
          revenue: "0",
          raw_revenue: JSON.stringify({ value: "0", precision: 20 }),
          paid: "0",
          raw_paid: JSON.stringify({ value: "0", precision: 20 }),
        })
      }
      const report = await audit()
      expect(kindsOf(report)).toEqual(["shares_not_split"])
      expect(report.discrepancies).toHaveLength(1)
      expect(report.discrepancies[0]).toMatchObject({ order_id: flows.transfer.id, id: sale[0].line_item_id })
      expect(report.discrepancies[0].actual).not.toBe(report.discrepancies[0].expected)
    })

    it("refund_not_reversed: a refund made while booking was off, and a full refund that leaves money booked", async () => {
      process.env[EVENTS_SWITCH] = "false"
      await api.post(`/admin/payments/${flows.partial.paymentId}/refund`, { amount: 5_000 }, as.admin)
      await emailsSettled()
      const report = await audit()
      expect(kindsOf(report)).toEqual(["refund_not_reversed"])
      expect(report.discrepancies).toHaveLength(1)
      expect(report.discrepancies[0]).toMatchObject({ order_id: flows.partial.id, actual: "0", expected: "5000" })
      expect(report.discrepancies[0].id).toMatch(/^ref/)

      // The rest refunded too (still not booked): now the order is refunded in full and still books shares.
      const [{ left }] = await sql(
        `SELECT (SELECT sum(amount) FROM capture WHERE payment_id = ?) - (SELECT sum(amount) FROM refund WHERE payment_id = ?) AS left`,
        [flows.partial.paymentId, flows.partial.paymentId]
      )
      await api.post(`/admin/payments/${flows.partial.paymentId}/refund`, { amount: Number(left) }, as.admin)
      await emailsSettled()
      const full = await audit({ orderIds: [flows.partial.id] })
      expect(full.by_kind.refund_not_reversed).toBe(3)
      expect(full.discrepancies.some((d) => d.kind === "refund_not_reversed" && !d.id && d.expected?.includes("capital=0"))).toBe(true)
    })

    it("refund_reversed_twice: a refund's reversal booked twice", async () => {
      const row = (await entriesOf(flows.partial.id)).find((e) => e.kind === "refund" && e.account === "capital")
      await copyRow("share_ledger_entry", row.id, { id: "sle_audit_refund_again", idempotency_key: `${row.idempotency_key}:again` })
      const report = await audit()
      expect(kindsOf(report).filter((k) => k !== "shares_not_split")).toEqual(["refund_reversed_twice"])
      expect(report.discrepancies.find((d) => d.kind === "refund_reversed_twice")).toMatchObject({
        order_id: flows.partial.id,
        id: row.reference_id,
        actual: "2",
      })
    })

    it("premi_mismatch: premi allocated that the ledger does not book", async () => {
      const [allocation] = await sql(`SELECT * FROM premi_allocation WHERE order_id = ? ORDER BY created_at, id LIMIT 1`, [flows.transfer.id])
      expect(allocation).toBeDefined()
      await copyRow("premi_allocation", allocation.id, { id: "palloc_audit", inmate_id: "inmate_audit", ...amountColumns(1) })
      const report = await audit()
      expect(kindsOf(report)).toEqual(["premi_mismatch"])
      expect(report.discrepancies[0]).toMatchObject({ order_id: flows.transfer.id, id: allocation.line_item_id })
      expect(BigInt(report.discrepancies[0].actual!) - BigInt(report.discrepancies[0].expected!)).toBe(1n)
    })

    it("stock_lost: a reservation gone while its level still counts it, and one left for a canceled order", async () => {
      const [reservation] = await sql(
        `SELECT ri.id FROM reservation_item ri JOIN order_item oi ON oi.item_id = ri.line_item_id
          WHERE oi.order_id = ? AND ri.deleted_at IS NULL LIMIT 1`,
        [flows.unpaid.id]
      )
      await sql(`UPDATE reservation_item SET deleted_at = now() WHERE id = ?`, [reservation.id])
      const report = await audit()
      expect(kindsOf(report)).toEqual(["stock_lost"])
      expect(report.discrepancies).toHaveLength(1)
      expect(Number(report.discrepancies[0].actual) - Number(report.discrepancies[0].expected)).toBeGreaterThan(0)

      await sql(`UPDATE reservation_item SET deleted_at = NULL WHERE id = ?`, [reservation.id])
      const [released] = await sql(
        `SELECT ri.id FROM reservation_item ri JOIN order_item oi ON oi.item_id = ri.line_item_id
          WHERE oi.order_id = ? AND ri.deleted_at IS NOT NULL LIMIT 1`,
        [flows.canceled.id]
      )
      expect(released).toBeDefined()
      await sql(`UPDATE reservation_item SET deleted_at = NULL WHERE id = ?`, [released.id])
      const canceled = await audit({ orderIds: [flows.canceled.id] })
      expect(kindsOf(canceled)).toEqual(["stock_lost"])
      expect(canceled.discrepancies[0]).toMatchObject({ order_id: flows.canceled.id, id: released.id })
    })

    it("stock_oversold: a level stocking less than it reserves, and below 0", async () => {
      const [level] = await sql(`SELECT id, reserved_quantity::int AS reserved FROM inventory_level WHERE reserved_quantity > 0 AND deleted_at IS NULL LIMIT 1`)
      await sql(`UPDATE inventory_level SET stocked_quantity = ? WHERE id = ?`, [level.reserved - 1, level.id])
      const report = await audit()
      expect(kindsOf(report)).toEqual(["stock_oversold"])
      expect(report.discrepancies[0]).toMatchObject({ id: level.id, expected: String(level.reserved - 1), actual: String(level.reserved) })

      const [free] = await sql(`SELECT id FROM inventory_level WHERE reserved_quantity = 0 AND deleted_at IS NULL LIMIT 1`)
      await sql(`UPDATE inventory_level SET stocked_quantity = -2 WHERE id = ?`, [free.id])
      const below = await audit()
      expect(below.discrepancies.find((d) => d.id === free.id && d.actual === "-2")).toMatchObject({ kind: "stock_oversold" })
    })

    it("notification_not_sent: an e-mail left pending, one failed, an order without its order-placed e-mail", async () => {
      const placed = await sql(`SELECT id FROM notification WHERE template = 'order-placed' ORDER BY created_at, id LIMIT 3`)
      await sql(`UPDATE notification SET status = 'pending' WHERE id = ?`, [placed[0].id])
      await sql(`UPDATE notification SET status = 'failure' WHERE id = ?`, [placed[1].id])
      await sql(`UPDATE notification SET deleted_at = now() WHERE id = ?`, [placed[2].id])
      const report = await audit()
      expect(kindsOf(report)).toEqual(["notification_not_sent"])
      expect(report.discrepancies.map((d) => d.actual).sort()).toEqual(["failure", "none", "pending"])
    })

    it("notification_duplicate: the order-placed e-mail sent twice", async () => {
      const [row] = await sql(`SELECT id, idempotency_key, resource_id FROM notification WHERE template = 'order-placed' LIMIT 1`)
      await copyRow("notification", row.id, { id: "noti_audit_again", idempotency_key: `${row.idempotency_key}:again` })
      const report = await audit()
      expect(kindsOf(report)).toEqual(["notification_duplicate"])
      expect(report.discrepancies[0]).toMatchObject({ order_id: row.resource_id, id: "noti_audit_again", actual: "2" })
    })

    it("the script prints one AUDIT_REPORT line and exits 1 on a discrepancy", async () => {
      const [{ db }] = await sql(`SELECT current_database() AS db`)
      const run = () =>
        new Promise<{ code: number | null; stdout: string }>((resolve) => {
          const child = spawn("npx", ["medusa", "exec", "./src/scripts/audit-ledger.ts"], {
            cwd: path.join(__dirname, "..", ".."),
            env: {
              ...process.env,
              DATABASE_URL: `postgres://${process.env.DB_USERNAME}:${process.env.DB_PASSWORD}@${process.env.DB_HOST}:${process.env.DB_PORT}/${db}`,
              NODE_ENV: "development",
            },
            stdio: ["ignore", "pipe", "pipe"],
          })
          let stdout = ""
          child.stdout.on("data", (chunk) => (stdout += chunk))
          child.on("exit", (code) => resolve({ code, stdout }))
        })
      const reportOf = (stdout: string) => {
        const lines = stdout.split("\n").filter((l) => l.startsWith("AUDIT_REPORT "))
        expect(lines).toHaveLength(1)
        return JSON.parse(lines[0].slice("AUDIT_REPORT ".length))
      }
      const clean = await run()
      expect(reportOf(clean.stdout)).toMatchObject({ discrepancies: [], counts: { orders: 6 } })
      expect(clean.code).toBe(0)

      await sql(`UPDATE notification SET status = 'failure' WHERE template = 'order-placed' AND resource_id = ?`, [flows.unpaid.id])
      const broken = await run()
      expect(reportOf(broken.stdout).by_kind.notification_not_sent).toBe(1)
      expect(broken.code).toBe(1)
    })
  },
})
