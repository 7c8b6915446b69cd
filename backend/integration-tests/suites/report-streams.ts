import { request as httpRequest, type IncomingMessage } from "node:http"
import { defineSuite } from "../runner"
import { loginAsMember, waitFor, type Headers } from "../helpers"

/**
 * Issue 18, point 6: a PNBP report download that the client abandons mid-way lets go of its
 * cursor, transaction and pool connection. The ledger of lapas A gets tens of thousands of
 * order lines (one per order and per "product"), so every format is far larger than the socket
 * buffers; for each format the test starts a download over a raw HTTP request, reads a few chunks, stops reading,
 * sees the report's transaction open (so the abort really is mid-way), destroys the socket and
 * then polls pg_stat_activity until no session of the app's database is idle in transaction or
 * running a report cursor (cap: 30 s, half the writer's own 60 s stall limit, so only the
 * client-gone path can pass). Then the ledger answers and an ACCESS EXCLUSIVE lock (what
 * TRUNCATE needs) is granted within LOCK_WAIT_S, in a transaction that is rolled back.
 */
const A = "lapas-bojonegoro"
const ROWS = 20_000
const WIB = 7 * 3600_000
const FORMATS = ["json", "csv", "xlsx", "pdf"] as const
/** Generous bound on the release (the poll ends as soon as it happens); below STALL_MS (60 s). */
const RELEASE_CAP_MS = 30_000
/** How long the ACCESS EXCLUSIVE lock may wait for a moment's lock of the app's own work. */
const LOCK_WAIT_S = 10

export default defineSuite({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let financeA: Headers
    let lapasId: string
    const today = () => new Date(Date.now() + WIB).toISOString().slice(0, 10)

    beforeAll(async () => {
      financeA = await loginAsMember(api, `finance+${A}@karyabinaan.test`)
      const [lapas] = await getContainer().resolve("lapas").listLapas({ handle: A }, { select: ["id"] })
      lapasId = lapas.id
      // Sales booked now: one line per order, each its own "product" (a line with no order line
      // item is titled by its id), so the order and product lists both have ROWS rows.
      await dbConnection.raw(
        `INSERT INTO share_ledger_entry
           (id, order_id, line_item_id, lapas_id, account, amount, kind, idempotency_key, quantity,
            revenue, paid, raw_amount, raw_revenue, raw_paid, booked_at, channel)
         SELECT 'sle_stream_' || g, 'order_stream_' || g, 'line_stream_' || lpad(g::text, 6, '0'), ?,
                'capital', 1000, 'sale', 'report-streams:' || g, 1, 5000, 5000,
                '{"value":"1000","precision":20}'::jsonb, '{"value":"5000","precision":20}'::jsonb,
                '{"value":"5000","precision":20}'::jsonb, now(), 'online'
           FROM generate_series(1, ?::int) AS g`,
        [lapasId, ROWS]
      )
    })

    /** Sessions of the app's database (not this one) inside a transaction or on a report cursor. */
    async function holders() {
      const { rows } = await dbConnection.raw(
        `SELECT pid, state, left(query, 80) AS query
           FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid()
            AND (state LIKE 'idle in transaction%' OR query LIKE '%karya_report_%' AND state = 'active')`
      )
      return rows as { pid: number; state: string; query: string }[]
    }

    /** Sessions holding a lock on the ledger or the deposits, with what they run. */
    async function lockHolders() {
      const { rows } = await dbConnection.raw(
        `SELECT a.pid, a.state, l.mode, c.relname, left(a.query, 120) AS query
           FROM pg_locks l
           JOIN pg_class c ON c.oid = l.relation
           JOIN pg_stat_activity a ON a.pid = l.pid
          WHERE l.granted AND c.relname IN ('share_ledger_entry', 'pnbp_deposit') AND a.pid <> pg_backend_pid()`
      )
      return rows
    }

    /** Starts the download; resolves with the response once its first chunks are read, then paused. */
    function startDownload(format: string) {
      const base = new URL((api as any).defaults.baseURL)
      const path = `/lapas-api/reports/pnbp?lapas_id=${lapasId}&from=${today()}&to=${today()}&format=${format}`
      return new Promise<{ response: IncomingMessage; received: number; destroy: () => void }>((resolve, reject) => {
        const req = httpRequest({ host: base.hostname, port: base.port, path, headers: financeA.headers }, (response) => {
          if (response.statusCode !== 200) {
            reject(new Error(`The report answered ${response.statusCode}`))
            response.resume()
            return
          }
          let received = 0
          let chunks = 0
          response.on("data", (chunk: Buffer) => {
            received += chunk.length
            if (++chunks === 3) {
              response.pause()
              resolve({ response, received, destroy: () => req.destroy() })
            }
          })
          response.on("end", () => reject(new Error(`The whole ${format} report (${received} bytes) came before the abort`)))
        })
        req.on("error", (error) => {
          if (!req.destroyed) reject(error)
        })
        req.end()
      })
    }

    it("lets go of its cursor, transaction and connection when the client aborts a large download, in every format", async () => {
      for (const format of FORMATS) {
        await waitFor("no open transaction before the download", async () => (await holders()).length === 0, 10_000)
        const download = await startDownload(format)
        // Mid-way: the report's transaction is open (streaming, or waiting for the client to read).
        await waitFor(`the ${format} report's open transaction`, async () => (await holders()).length > 0, 10_000)
        download.destroy()

        const started = Date.now()
        let left = await holders()
        while (left.length && Date.now() - started < RELEASE_CAP_MS) {
          await new Promise((resolve) => setTimeout(resolve, 100))
          left = await holders()
        }
        expect({ format, left }, `sessions still holding after ${RELEASE_CAP_MS / 1000} s`).toEqual({ format, left: [] })
        console.log(`report-streams: ${format} aborted after ${download.received} bytes, released in ${Date.now() - started} ms`)

        // The pool serves the ledger, and nothing keeps a lock on the ledger or the deposits. Not
        // NOWAIT: another session may hold a lock for a moment (under CI's load NOWAIT was refused
        // once, and the test passed when run again); a lock an abandoned report leaked would stay
        // past LOCK_WAIT_S, and the failure then names who holds it.
        const { data } = await api.get(`/lapas-api/ledger?lapas_id=${lapasId}&limit=1`, financeA)
        expect(data.count).toBeGreaterThanOrEqual(ROWS)
        const locked = await dbConnection
          .transaction(async (trx: any) => {
            await trx.raw(`SET LOCAL lock_timeout = '${LOCK_WAIT_S}s'`)
            await trx.raw(`LOCK TABLE share_ledger_entry, pnbp_deposit IN ACCESS EXCLUSIVE MODE`)
            throw new Error("rolled back")
          })
          .catch(async (error: Error) => (error.message === "rolled back" ? error.message : `${error.message}; held by ${JSON.stringify(await lockHolders())}`))
        expect(locked).toBe("rolled back")

        // And the next report (a day without sales, so it is quick) runs to its end.
        const { data: report } = await api.get(
          `/lapas-api/reports/pnbp?lapas_id=${lapasId}&from=2020-01-01&to=2020-01-01&format=json`,
          financeA
        )
        expect(report.orders).toEqual([])
      }
    })
  },
})
