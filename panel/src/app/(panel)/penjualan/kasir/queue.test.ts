import type { RecordDirectSaleRequest } from "@karya-binaan/contracts"
import { afterEach, describe, expect, it, vi } from "vitest"
import { classifyStatus, memoryStore, SaleQueue, startAutoSync, type SaleSummary, type SendResult } from "./queue"
import { postSale } from "./sync-client"

const summary: SaleSummary = {
  venue_name: "Showroom lapas",
  lines: [{ title: "Kursi", variant_title: null, quantity: 1, unit_price: 50_000, subtotal: 50_000 }],
  subtotal: 50_000,
  discount: 0,
  total: 50_000,
  payment_method: "cash",
  tendered: 50_000,
  change: 0,
  sold_at: "2026-12-07T03:00:00.000Z",
  buyer: null,
}

const sale = (n: number): RecordDirectSaleRequest => ({
  client_id: `00000000-0000-4000-8000-00000000000${n}`,
  venue_id: "venue_1",
  lines: [{ variant_id: "v1", quantity: 1 }],
  payment_method: "cash",
  tendered: 50_000,
  sold_at: "2026-12-07T03:00:00.000Z",
})

const recorded = (s: RecordDirectSaleRequest, replayed = false): SendResult => ({
  status: replayed ? 200 : 201,
  body: {
    replayed,
    direct_sale: {
      id: `ds_${s.client_id.slice(-1)}`,
      receipt_path: "/struk/tok",
      stock_warnings: [],
      total: 50_000,
      sold_at: s.sold_at,
      display_id: 7,
      status: "completed",
      business_date: "2026-12-07",
    },
  },
})

const setup = (send: (s: RecordDirectSaleRequest) => Promise<SendResult>) => {
  const store = memoryStore()
  const sender = vi.fn(send)
  return { store, sender, queue: new SaleQueue(store, sender, () => new Date("2026-12-07T03:00:01.000Z")) }
}

describe("the sale queue", () => {
  it("keeps a sale on the device before sending it", async () => {
    const { queue, store, sender } = setup(async (s) => recorded(s))
    await queue.enqueue(sale(1), summary)
    expect(sender).not.toHaveBeenCalled()
    expect([...store.map.keys()]).toEqual([`queue:${sale(1).client_id}`])
    expect((await queue.queued())[0]).toMatchObject({ state: "waiting", attempts: 0 })
  })

  it.each([201, 200])("%s: removes the sale from the queue and keeps it among the sent", async (status) => {
    const { queue, sender } = setup(async (s) => recorded(s, status === 200))
    await queue.enqueue(sale(1), summary)
    const report = await queue.syncAll()
    expect(report.sent).toEqual([sale(1).client_id])
    expect(sender).toHaveBeenCalledWith(sale(1))
    expect(await queue.queued()).toEqual([])
    const [sent] = await queue.sent()
    expect(sent).toMatchObject({ client_id: sale(1).client_id, replayed: status === 200, direct_sale: { id: "ds_1", receipt_path: "/struk/tok" } })
  })

  it("network failure and 5xx: stays queued and is sent on the next run", async () => {
    const answers: SendResult[] = [{ status: 0, body: null }, { status: 503, body: { message: "down" } }]
    const { queue, sender } = setup(async (s) => answers.shift() ?? recorded(s))
    await queue.enqueue(sale(1), summary)
    expect((await queue.syncAll()).waiting).toEqual([sale(1).client_id])
    expect((await queue.queued())[0]).toMatchObject({ state: "waiting", attempts: 1, message: null })
    await queue.syncAll()
    expect((await queue.queued())[0]).toMatchObject({ state: "waiting", attempts: 2 })
    expect((await queue.syncAll()).sent).toEqual([sale(1).client_id])
    expect(await queue.queued()).toEqual([])
    expect(sender).toHaveBeenCalledTimes(3)
  })

  it("a thrown sender counts as a network failure", async () => {
    const { queue } = setup(async () => {
      throw new TypeError("Failed to fetch")
    })
    await queue.enqueue(sale(1), summary)
    expect((await queue.syncAll()).waiting).toEqual([sale(1).client_id])
  })

  it("401: stays queued, marked for a new login, and the run stops", async () => {
    const { queue, sender } = setup(async () => ({ status: 401, body: { message: "Unauthorized" } }))
    await queue.enqueue(sale(1), summary)
    await queue.enqueue({ ...sale(2) }, { ...summary, sold_at: "2026-12-07T03:00:02.000Z" })
    const report = await queue.syncAll()
    expect(report.auth).toEqual([sale(1).client_id])
    expect(sender).toHaveBeenCalledTimes(1)
    const queued = await queue.queued()
    expect(queued).toHaveLength(2)
    expect(queued.find((q) => q.client_id === sale(1).client_id)?.state).toBe("auth")
  })

  it("other 4xx: refused with the server's message, not retried, and can be discarded", async () => {
    const { queue, sender } = setup(async () => ({ status: 400, body: { message: 'The venue "Pameran" is closed; choose an open venue (venue_id).' } }))
    await queue.enqueue(sale(1), summary)
    expect((await queue.syncAll()).rejected).toEqual([sale(1).client_id])
    const [entry] = await queue.queued()
    expect(entry).toMatchObject({ state: "rejected", message: 'The venue "Pameran" is closed; choose an open venue (venue_id).' })
    await queue.syncAll()
    expect(sender).toHaveBeenCalledTimes(1)
    expect(await queue.discard(sale(1).client_id)).toBe(true)
    expect(await queue.queued()).toEqual([])
  })

  it("a refused sale does not hold back the next one", async () => {
    const { queue } = setup(async (s) => (s.client_id === sale(1).client_id ? { status: 409, body: { message: "used" } } : recorded(s)))
    await queue.enqueue(sale(1), summary)
    await queue.enqueue(sale(2), { ...summary, sold_at: "2026-12-07T03:00:02.000Z" })
    const report = await queue.syncAll()
    expect(report.rejected).toEqual([sale(1).client_id])
    expect(report.sent).toEqual([sale(2).client_id])
  })

  it("never sends a sale twice while a send is in flight, and a sale queued meanwhile goes in the same run", async () => {
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    const { queue, sender } = setup(async (s) => {
      await gate
      return recorded(s)
    })
    await queue.enqueue(sale(1), summary)
    const first = queue.syncAll()
    const second = queue.syncAll()
    await vi.waitFor(() => expect(sender).toHaveBeenCalledTimes(1))
    expect(queue.isInFlight(sale(1).client_id)).toBe(true)
    expect(await queue.discard(sale(1).client_id)).toBe(false)
    await queue.enqueue(sale(2), { ...summary, sold_at: "2026-12-07T03:00:02.000Z" })
    const third = queue.syncAll()
    release()
    const reports = await Promise.all([first, second, third])
    expect(reports[0]).toBe(reports[1])
    expect(reports[0].sent).toEqual([sale(1).client_id, sale(2).client_id])
    expect(sender.mock.calls.map(([s]) => s.client_id)).toEqual([sale(1).client_id, sale(2).client_id])
    expect(await queue.queued()).toEqual([])
  })

  it("a 2xx without a recorded sale is not taken as sent", async () => {
    const { queue } = setup(async () => ({ status: 200, body: { ok: true } }))
    await queue.enqueue(sale(1), summary)
    expect((await queue.syncAll()).waiting).toEqual([sale(1).client_id])
  })

  it("forgets recorded sales of earlier days", async () => {
    const { queue } = setup(async (s) => recorded(s))
    await queue.enqueue(sale(1), summary)
    await queue.syncAll()
    await queue.pruneSent(new Date("2026-12-07T00:00:00.000Z"))
    expect(await queue.sent()).toHaveLength(1)
    await queue.pruneSent(new Date("2026-12-08T00:00:00.000Z"))
    expect(await queue.sent()).toEqual([])
  })

  it("classifies statuses", () => {
    expect([200, 201, 401, 400, 404, 409, 422, 0, 500, 502, 408, 429].map(classifyStatus)).toEqual([
      "sent", "sent", "auth", "rejected", "rejected", "rejected", "rejected", "retry", "retry", "retry", "retry", "retry",
    ])
  })
})

describe("automatic retries", () => {
  afterEach(() => vi.useRealTimers())

  it("run when the browser comes online and every 15 s while online", async () => {
    vi.useFakeTimers()
    const target = new EventTarget() as EventTarget & { navigator: { onLine: boolean } }
    target.navigator = { onLine: false }
    const queue = { syncAll: vi.fn(async () => ({ sent: [], waiting: [], auth: [], rejected: [] })) }
    const stop = startAutoSync(queue, target as any, 15_000)
    vi.advanceTimersByTime(15_000)
    expect(queue.syncAll).not.toHaveBeenCalled()
    target.navigator.onLine = true
    target.dispatchEvent(new Event("online"))
    expect(queue.syncAll).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(15_000)
    expect(queue.syncAll).toHaveBeenCalledTimes(2)
    stop()
    vi.advanceTimersByTime(60_000)
    target.dispatchEvent(new Event("online"))
    expect(queue.syncAll).toHaveBeenCalledTimes(2)
  })
})

describe("sending through /penjualan/sinkron", () => {
  it("posts the sale as JSON and reads the answer; a redirect to the login reads as 401; no network as 0", async () => {
    const fetchMock = vi.fn<typeof fetch>()
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ replayed: false }), { status: 201 }))
    expect(await postSale(sale(1), fetchMock)).toEqual({ status: 201, body: { replayed: false } })
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe("/penjualan/sinkron")
    expect(init).toMatchObject({ method: "POST", redirect: "manual", body: JSON.stringify(sale(1)) })
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 307, headers: { location: "/masuk" } }))
    expect((await postSale(sale(1), fetchMock)).status).toBe(401)
    fetchMock.mockRejectedValueOnce(new TypeError("Failed to fetch"))
    expect(await postSale(sale(1), fetchMock)).toEqual({ status: 0, body: null })
  })
})
