import type { DirectPaymentMethod, DirectSale, RecordDirectSaleRequest, RecordDirectSaleResponse } from "@karya-binaan/contracts"

/**
 * The till's outbox: every finished sale is written to the device first (IndexedDB, through the
 * KeyValueStore below) and then sent; it leaves the queue only when the server has recorded it.
 * The server books each client_id once, so sending again after a lost answer is safe; the queue
 * still never sends the same sale twice at the same time.
 *
 * Outcomes of one send: 200/201 → recorded (kept in "today's sales on this device"); no network,
 * 5xx, 408, 429 → stays queued and is retried; 401 → stays queued until the member logs in again;
 * any other 4xx → refused ("ditolak") with the server's message, kept until staff discard it.
 */

/** The small key-value surface the queue needs; idb-keyval in the browser, a Map in tests. */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>
  set(key: string, value: unknown): Promise<void>
  del(key: string): Promise<void>
  /** Every [key, value] whose key starts with the prefix. */
  entries<T>(prefix: string): Promise<[string, T][]>
}

/** A Map-backed store: tests, and the fallback when the browser refuses IndexedDB (some private modes). */
export function memoryStore(): KeyValueStore & { map: Map<string, unknown> } {
  const map = new Map<string, unknown>()
  const copy = <T>(value: T): T => (value === undefined ? value : structuredClone(value))
  return {
    map,
    get: async <T>(key: string) => copy(map.get(key) as T | undefined),
    set: async (key, value) => void map.set(key, copy(value)),
    del: async (key) => void map.delete(key),
    entries: async <T>(prefix: string) =>
      [...map.entries()].filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k, copy(v as T)] as [string, T]),
  }
}

/** What the till shows of a sale before (and after) the server has it: enough for an on-screen receipt. */
export interface SaleSummary {
  venue_name: string
  lines: { title: string; variant_title: string | null; quantity: number; unit_price: number; subtotal: number }[]
  subtotal: number
  discount: number
  total: number
  payment_method: DirectPaymentMethod
  tendered: number | null
  change: number | null
  sold_at: string
  buyer: { name?: string; email?: string; phone?: string } | null
}

export type QueueState = "waiting" | "auth" | "rejected"

export interface QueuedSale {
  client_id: string
  sale: RecordDirectSaleRequest
  summary: SaleSummary
  state: QueueState
  /** The server's message for a refused sale; null otherwise. */
  message: string | null
  attempts: number
  queued_at: string
  last_attempt_at: string | null
}

export type SentDirectSale = Pick<
  DirectSale,
  "id" | "receipt_path" | "stock_warnings" | "total" | "sold_at" | "display_id" | "status" | "business_date"
>

export interface SentSale {
  client_id: string
  summary: SaleSummary
  direct_sale: SentDirectSale
  replayed: boolean
  sent_at: string
}

/** One attempt's answer: the HTTP status (0 when the network failed) and the JSON body. */
export interface SendResult {
  status: number
  body: unknown
}
export type Sender = (sale: RecordDirectSaleRequest) => Promise<SendResult>

export type Outcome = "sent" | "retry" | "auth" | "rejected"

export function classifyStatus(status: number): Outcome {
  if (status === 200 || status === 201) return "sent"
  if (status === 401) return "auth"
  if (status === 0 || status >= 500 || status === 408 || status === 429) return "retry"
  if (status >= 400) return "rejected"
  return "retry"
}

export interface SyncReport {
  sent: string[]
  waiting: string[]
  auth: string[]
  rejected: string[]
}

const QUEUE = "queue:"
const SENT = "sent:"

const messageOf = (body: unknown): string | null => {
  const message = (body as { message?: unknown } | null)?.message
  return typeof message === "string" && message ? message : null
}

export class SaleQueue {
  private readonly inflight = new Set<string>()
  private running: Promise<SyncReport> | null = null
  private again = false
  private readonly listeners = new Set<() => void>()

  constructor(
    private readonly store: KeyValueStore,
    private readonly send: Sender,
    private readonly now: () => Date = () => new Date()
  ) {}

  /** Called after every change of the queue or the sent list. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  private changed() {
    for (const listener of this.listeners) listener()
  }

  /** Keeps the sale on the device (before any attempt to send it). */
  async enqueue(sale: RecordDirectSaleRequest, summary: SaleSummary): Promise<QueuedSale> {
    const entry: QueuedSale = {
      client_id: sale.client_id,
      sale,
      summary,
      state: "waiting",
      message: null,
      attempts: 0,
      queued_at: this.now().toISOString(),
      last_attempt_at: null,
    }
    await this.store.set(`${QUEUE}${sale.client_id}`, entry)
    this.changed()
    return entry
  }

  /** The sales still on the device, oldest first. */
  async queued(): Promise<QueuedSale[]> {
    const rows = await this.store.entries<QueuedSale>(QUEUE)
    return rows.map(([, v]) => v).sort((a, b) => a.queued_at.localeCompare(b.queued_at))
  }

  /** The sales the server recorded, newest first. */
  async sent(): Promise<SentSale[]> {
    const rows = await this.store.entries<SentSale>(SENT)
    return rows.map(([, v]) => v).sort((a, b) => b.summary.sold_at.localeCompare(a.summary.sold_at))
  }

  async sentSale(clientId: string): Promise<SentSale | undefined> {
    return this.store.get<SentSale>(`${SENT}${clientId}`)
  }

  /** Whether a send of this sale is under way. */
  isInFlight(clientId: string) {
    return this.inflight.has(clientId)
  }

  /** Drops a sale from the queue (a refused one staff decided not to send); not while it is being sent. */
  async discard(clientId: string): Promise<boolean> {
    if (this.inflight.has(clientId)) return false
    await this.store.del(`${QUEUE}${clientId}`)
    this.changed()
    return true
  }

  /** Forgets recorded sales sold before the given time (the device keeps only recent days). */
  async pruneSent(before: Date): Promise<void> {
    const rows = await this.store.entries<SentSale>(SENT)
    const old = rows.filter(([, v]) => new Date(v.summary.sold_at).getTime() < before.getTime())
    for (const [key] of old) await this.store.del(key)
    if (old.length) this.changed()
  }

  /**
   * Sends every waiting sale (and those held for a new login), oldest first, one at a time. A call
   * while a run is going joins it and asks for one more run, so a sale queued meanwhile goes too;
   * a sale is never sent twice at once. A run stops at the first network failure, 5xx or 401 (the
   * others would fare the same); a refused sale does not stop it.
   */
  syncAll(): Promise<SyncReport> {
    if (this.running) {
      this.again = true
      return this.running
    }
    this.running = (async () => {
      const report: SyncReport = { sent: [], waiting: [], auth: [], rejected: [] }
      try {
        do {
          this.again = false
          await this.runOnce(report)
        } while (this.again)
      } finally {
        this.running = null
      }
      return report
    })()
    return this.running
  }

  private async runOnce(report: SyncReport) {
    const entries = (await this.queued()).filter((e) => e.state !== "rejected")
    for (const entry of entries) {
      if (this.inflight.has(entry.client_id)) continue
      const outcome = await this.sendOne(entry)
      const bucket = outcome === "sent" ? report.sent : outcome === "retry" ? report.waiting : outcome === "auth" ? report.auth : report.rejected
      if (!bucket.includes(entry.client_id)) bucket.push(entry.client_id)
      if (outcome === "retry" || outcome === "auth") {
        this.again = false
        return
      }
    }
  }

  private async sendOne(entry: QueuedSale): Promise<Outcome> {
    this.inflight.add(entry.client_id)
    this.changed()
    try {
      let result: SendResult
      try {
        result = await this.send(entry.sale)
      } catch {
        result = { status: 0, body: null }
      }
      let outcome = classifyStatus(result.status)
      const answer = result.body as RecordDirectSaleResponse | null
      if (outcome === "sent" && !answer?.direct_sale?.id) outcome = "retry"
      const key = `${QUEUE}${entry.client_id}`
      // Discarded meanwhile? Then only a recorded answer is kept.
      const current = (await this.store.get<QueuedSale>(key)) ?? null
      const attempt = { attempts: (current ?? entry).attempts + 1, last_attempt_at: this.now().toISOString() }
      if (outcome === "sent") {
        const ds = answer!.direct_sale
        const sent: SentSale = {
          client_id: entry.client_id,
          summary: entry.summary,
          direct_sale: {
            id: ds.id,
            receipt_path: ds.receipt_path,
            stock_warnings: ds.stock_warnings ?? [],
            total: ds.total,
            sold_at: ds.sold_at,
            display_id: ds.display_id ?? null,
            status: ds.status,
            business_date: ds.business_date,
          },
          replayed: !!answer!.replayed,
          sent_at: this.now().toISOString(),
        }
        await this.store.set(`${SENT}${entry.client_id}`, sent)
        await this.store.del(key)
      } else if (current) {
        const state: QueueState = outcome === "auth" ? "auth" : outcome === "rejected" ? "rejected" : "waiting"
        await this.store.set(key, {
          ...current,
          ...attempt,
          state,
          message: outcome === "rejected" ? messageOf(result.body) ?? `HTTP ${result.status}` : null,
        } satisfies QueuedSale)
      }
      return outcome
    } finally {
      this.inflight.delete(entry.client_id)
      this.changed()
    }
  }
}

/**
 * Retries the queue when the browser says it is online again and every `intervalMs` (15 s);
 * returns a function that stops both.
 */
export function startAutoSync(
  queue: Pick<SaleQueue, "syncAll">,
  target: Pick<Window, "addEventListener" | "removeEventListener"> & { navigator?: { onLine?: boolean } },
  intervalMs = 15_000
): () => void {
  const run = () => {
    if (target.navigator?.onLine === false) return
    void queue.syncAll().catch(() => undefined)
  }
  const onOnline = () => void queue.syncAll().catch(() => undefined)
  target.addEventListener("online", onOnline)
  const timer = setInterval(run, intervalMs)
  return () => {
    target.removeEventListener("online", onOnline)
    clearInterval(timer)
  }
}
