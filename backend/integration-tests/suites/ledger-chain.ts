import { appModule } from "../app"
import { defineSuite } from "../runner"
import { failureOf, loginAsMember, type Headers } from "../helpers"

const chain = appModule<typeof import("../../src/lib/finance/ledger-chain")>("src/lib/finance/ledger-chain")
const migration = appModule<typeof import("../../src/modules/profit-share/migrations/Migration20261220120000")>(
  "src/modules/profit-share/migrations/Migration20261220120000"
)

const A = "lapas-bojonegoro"
const B = "lapas-surabaya"
const WIB = 7 * 3600_000

/** The month before this one, YYYY-MM in WIB. */
function previousMonth() {
  const now = new Date(Date.now() + WIB)
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7)
}

export default defineSuite({
  testSuite: ({ api, getContainer, dbConnection }) => {
    const as: Record<string, Headers> = {}
    const lapasId: Record<string, string> = {}
    const db = dbConnection as any
    let seq = 0

    /** Books one sale entry (capital) of a made-up order line for `lapas` through the module's booking. */
    function book(lapas: string | null, extra: Record<string, unknown> = {}) {
      const n = ++seq
      const profitShare: any = getContainer().resolve("profit_share")
      return profitShare.bookEntries(`order_chain_${n}`, () => [
        {
          order_id: `order_chain_${n}`,
          line_item_id: `line_chain_${n}`,
          lapas_id: lapas,
          account: "capital",
          amount: 1000n + BigInt(n),
          kind: "sale",
          reference_id: `pay_chain_${n}`,
          idempotency_key: `sale:line_chain_${n}:capital`,
          policy_id: null,
          capital_bp: 5000,
          premi_bp: 3000,
          pnbp_bp: 2000,
          unit_cost: 500n,
          quantity: 2,
          revenue: 5000n,
          paid: 5500n,
          ...extra,
        },
      ])
    }

    async function chainRows(table: string, lapas: string) {
      const { rows } = await db.raw(
        `SELECT id, chain_seq::int AS seq, prev_hash, row_hash FROM "${table}" WHERE lapas_id = ? ORDER BY chain_seq`,
        [lapas]
      )
      return rows as { id: string; seq: number; prev_hash: string | null; row_hash: string }[]
    }

    /** As the owner of the tables (the test connection is a superuser): triggers off, `sql`, triggers on. */
    async function tamper(table: string, sql: string, bindings: unknown[]) {
      await db.transaction(async (trx: any) => {
        await trx.raw(`ALTER TABLE "${table}" DISABLE TRIGGER USER`)
        await trx.raw(sql, bindings)
        await trx.raw(`ALTER TABLE "${table}" ENABLE TRIGGER USER`)
      })
    }

    const verify = (lapas?: string) => chain.verifyLedgerChains(db, lapas)
    const ledgerOf = (result: any, lapas: string) =>
      result.chains.find((c: any) => c.table === "share_ledger_entry" && c.lapas_id === lapas)

    beforeAll(async () => {
      as.member = await loginAsMember(api, "nasional@karyabinaan.test")
      as.staffA = await loginAsMember(api, `staff+${A}@karyabinaan.test`)
      as.financeA = await loginAsMember(api, `finance+${A}@karyabinaan.test`)
      as.financeB = await loginAsMember(api, `finance+${B}@karyabinaan.test`)
      for (const l of await getContainer().resolve("lapas").listLapas({}, { select: ["id", "handle"] })) {
        lapasId[l.handle] = l.id
      }
      // A few rows in A's ledger (one without a lapas too), with awkward text in the hashed columns.
      for (let i = 0; i < 4; i++) await book(lapasId[A])
      await book(lapasId[A], {
        kind: "correction",
        idempotency_key: "correction:chain-ü|~:x:capital",
        reason: "HPP salah | 3:x ~ ünïcode 😀 \n baris baru",
        created_by: null,
        policy_id: null,
        capital_bp: null,
        booked_at: new Date("2026-01-02T03:04:05.006Z"),
        channel: "event",
        line_kind: "service",
      })
      await book(null)
      await book(lapasId[B])
    })

    it("a fresh chain verifies, and TypeScript writes the same canonical text and hash as the database", async () => {
      const result = await verify()
      expect(result.chains.filter((c: any) => c.broken)).toEqual([])
      expect(result.ok).toBe(true)
      const ledgerA = ledgerOf(result, lapasId[A])
      const rowsA = await chainRows("share_ledger_entry", lapasId[A])
      expect(ledgerA.rows).toBe(rowsA.length)
      expect(rowsA.map((r) => r.seq)).toEqual(rowsA.map((_, i) => i + 1))
      expect(ledgerA.head).toEqual({ seq: rowsA.length, hash: rowsA[rowsA.length - 1].row_hash })
      expect(rowsA[0].prev_hash).toBeNull()
      for (let i = 1; i < rowsA.length; i++) expect(rowsA[i].prev_hash).toBe(rowsA[i - 1].row_hash)
      // The entry without a lapas has its own chain.
      expect(result.chains.some((c: any) => c.table === "share_ledger_entry" && c.lapas_id === null && c.rows >= 1)).toBe(true)

      // Text for text: the database's canonical text of every row of A equals TypeScript's.
      await db.transaction(async (trx: any) => {
        await trx.raw(`SET LOCAL TimeZone = 'UTC'`)
        await trx.raw(`SET LOCAL DateStyle = 'ISO, YMD'`)
        const columns = chain.CHAIN_COLUMNS.share_ledger_entry.map(([c]) => `"${c}"::text AS "${c}"`).join(", ")
        const { rows } = await trx.raw(
          `SELECT ${columns}, chain_seq::text AS chain_seq, prev_hash, row_hash, share_ledger_entry_chain_text(e) AS sql_text
             FROM share_ledger_entry e WHERE lapas_id = ? ORDER BY chain_seq`,
          [lapasId[A]]
        )
        const odd = rows.find((r: any) => r.reason?.includes("😀"))
        expect(odd).toBeDefined()
        for (const row of rows) {
          expect(chain.canonicalText("share_ledger_entry", row)).toBe(row.sql_text)
          expect(chain.chainHashOf("share_ledger_entry", row)).toBe(row.row_hash)
        }
      })
    })

    it("inserts made at the same time keep one gap-free chain per lapas", async () => {
      const before = (await chainRows("share_ledger_entry", lapasId[A])).length
      await Promise.all(Array.from({ length: 20 }, (_, i) => book(i % 4 === 0 ? lapasId[B] : lapasId[A])))
      const rowsA = await chainRows("share_ledger_entry", lapasId[A])
      expect(rowsA.length).toBe(before + 15)
      expect(rowsA.map((r) => r.seq)).toEqual(rowsA.map((_, i) => i + 1))
      for (let i = 1; i < rowsA.length; i++) expect(rowsA[i].prev_hash).toBe(rowsA[i - 1].row_hash)
      expect((await verify()).chains.filter((c: any) => c.broken)).toEqual([])
    })

    it("a middle row changed by the owner is named; so is a row rewritten with a fresh hash, and a removed one", async () => {
      const rows = await chainRows("share_ledger_entry", lapasId[A])
      const middle = rows[2]
      await tamper("share_ledger_entry", `UPDATE share_ledger_entry SET amount = amount + 1 WHERE id = ?`, [middle.id])
      let ledgerA = ledgerOf(await verify(lapasId[A]), lapasId[A])
      expect(ledgerA.broken).toMatchObject({ kind: "row_changed", id: middle.id, seq: 3 })
      expect(ledgerA.rows).toBe(rows.length)
      // The route tells finance of A the same; B's chains are not affected.
      const { data } = await api.get(`/lapas-api/ledger/chain`, as.financeA)
      expect(data.ok).toBe(false)
      expect(ledgerOf(data, lapasId[A]).broken).toMatchObject({ kind: "row_changed", id: middle.id, seq: 3 })
      expect(data.chains.every((c: any) => c.lapas_id === lapasId[A])).toBe(true)
      expect((await api.get(`/lapas-api/ledger/chain`, as.financeB)).data.ok).toBe(true)

      // Rewriting the row's hash too (by the public formula) moves the break to the next row's link.
      await tamper(
        "share_ledger_entry",
        `UPDATE share_ledger_entry e SET row_hash = encode(sha256(convert_to(share_ledger_entry_chain_text(e), 'UTF8')), 'hex') WHERE id = ?`,
        [middle.id]
      )
      ledgerA = ledgerOf(await verify(lapasId[A]), lapasId[A])
      expect(ledgerA.broken).toMatchObject({ kind: "link_broken", id: rows[3].id, seq: 4, previous_id: middle.id })

      // A row removed: the gap is named at the row after it.
      await tamper("share_ledger_entry", `DELETE FROM share_ledger_entry WHERE id = ?`, [rows[1].id])
      ledgerA = ledgerOf(await verify(lapasId[A]), lapasId[A])
      expect(ledgerA.broken).toMatchObject({ kind: "gap", id: middle.id, seq: 3, previous_id: rows[0].id })
      expect(ledgerA.broken.detail).toContain("Seq 2 is missing")
    })

    it("a row written with the chain trigger off is named as unchained", async () => {
      await db.transaction(async (trx: any) => {
        await trx.raw(`ALTER TABLE share_ledger_entry DISABLE TRIGGER zz_chain`)
        await trx.raw(
          `INSERT INTO share_ledger_entry (id, order_id, line_item_id, lapas_id, account, amount, raw_amount, kind, idempotency_key, quantity, revenue, raw_revenue, paid, raw_paid)
           VALUES ('sle_unchained', 'o', 'l', ?, 'capital', 1, '{"value":"1","precision":20}', 'sale', 'sale:unchained:capital', 1, 1, '{"value":"1","precision":20}', 1, '{"value":"1","precision":20}')`,
          [lapasId[A]]
        )
        await trx.raw(`ALTER TABLE share_ledger_entry ENABLE TRIGGER zz_chain`)
      })
      const ledgerA = ledgerOf(await verify(lapasId[A]), lapasId[A])
      expect(ledgerA.broken).toMatchObject({ kind: "unchained", id: "sle_unchained", seq: null })
    })

    it("the route: finance of A sees A's chains; another lapas is a 404, staff a 403; national any lapas", async () => {
      const { data } = await api.get(`/lapas-api/ledger/chain`, as.financeA)
      expect(data.ok).toBe(true)
      expect(data.chains.map((c: any) => c.table).sort()).toEqual(["closed_period", "pnbp_deposit", "share_ledger_entry"])
      const rowsA = await chainRows("share_ledger_entry", lapasId[A])
      expect(ledgerOf(data, lapasId[A]).head).toEqual({ seq: rowsA.length, hash: rowsA[rowsA.length - 1].row_hash })
      const other = await failureOf(api.get(`/lapas-api/ledger/chain?lapas_id=${lapasId[B]}`, as.financeA))
      expect(other.status).toBe(404)
      expect((await failureOf(api.get(`/lapas-api/ledger/chain`, as.staffA))).status).toBe(403)
      expect((await failureOf(api.get(`/lapas-api/ledger/chain?extra=1`, as.member))).status).toBe(400)
      const national = (await api.get(`/lapas-api/ledger/chain?lapas_id=${lapasId[A]}`, as.member)).data
      expect(ledgerOf(national, lapasId[A])).toEqual(ledgerOf(data, lapasId[A]))
      const all = (await api.get(`/lapas-api/ledger/chain`, as.member)).data
      expect(all.chains.some((c: any) => c.lapas_id === lapasId[B])).toBe(true)
    })

    it("a closed month records the heads of its lapas's ledger and deposit chains, inside its own hash", async () => {
      const month = previousMonth()
      // Months close in order: earlier months other suites of this group booked in are closed first.
      const { data: preview } = await api.get(`/lapas-api/periods/preview?month=${month}`, as.financeA)
      for (const earlier of preview.open_months_before as string[]) {
        await api.post(`/lapas-api/periods/close`, { month: earlier }, as.financeA)
      }
      const { data } = await api.post(`/lapas-api/periods/close`, { month }, as.financeA)
      const { rows } = await db.raw(
        `SELECT ledger_head_seq::int AS ledger_seq, ledger_head_hash, deposit_head_seq::int AS deposit_seq, deposit_head_hash, chain_seq::int AS seq, row_hash
           FROM closed_period WHERE id = ?`,
        [data.closed_period.id]
      )
      const ledgerA = await chainRows("share_ledger_entry", lapasId[A])
      const depositsA = await chainRows("pnbp_deposit", lapasId[A])
      expect(rows[0]).toMatchObject({
        ledger_seq: ledgerA.length,
        ledger_head_hash: ledgerA[ledgerA.length - 1].row_hash,
        deposit_seq: depositsA.length ? depositsA.length : null,
        deposit_head_hash: depositsA.length ? depositsA[depositsA.length - 1].row_hash : null,
      })
      // The PNBP report of the closed month prints them.
      const { data: report } = await api.get(
        `/lapas-api/reports/pnbp?lapas_id=${lapasId[A]}&from=${month}-01&to=${month}-28&format=json`,
        as.financeA
      )
      expect(report.chain_heads).toEqual([
        expect.objectContaining({
          month,
          ledger: { seq: ledgerA.length, hash: ledgerA[ledgerA.length - 1].row_hash },
          close: { seq: rows[0].seq, hash: rows[0].row_hash },
        }),
      ])
      // Changing the recorded head is a change of the close's row.
      await tamper("closed_period", `UPDATE closed_period SET ledger_head_seq = 1 WHERE id = ?`, [data.closed_period.id])
      const closes = (await verify(lapasId[A])).chains.find((c: any) => c.table === "closed_period")
      expect(closes.broken).toMatchObject({ kind: "row_changed", id: data.closed_period.id })
    })

    it("the migration's backfill chains existing rows exactly as the trigger does, and puts the triggers back", async () => {
      const before = await chainRows("share_ledger_entry", lapasId[A])
      const triggers = async () =>
        (await db.raw(`SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = 'share_ledger_entry'::regclass AND NOT tgisinternal ORDER BY tgname`)).rows
      const states = await triggers()
      await tamper("share_ledger_entry", `UPDATE share_ledger_entry SET chain_seq = NULL, prev_hash = NULL, row_hash = NULL WHERE lapas_id = ?`, [lapasId[A]])
      expect(ledgerOf(await verify(lapasId[A]), lapasId[A]).broken?.kind).toBe("unchained")
      await db.raw(migration.Migration20261220120000.backfillSql("share_ledger_entry"))
      expect(await chainRows("share_ledger_entry", lapasId[A])).toEqual(before)
      expect(await triggers()).toEqual(states)
      expect((await verify()).ok).toBe(true)
    })
  },
})
