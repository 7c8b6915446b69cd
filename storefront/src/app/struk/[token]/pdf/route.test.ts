// @vitest-environment node
import { NextRequest } from "next/server"
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from "vitest"
import { KEY, requestsTo } from "../../../../../test/fake-backend"

let fetchMock: Mock
let reply: { status: number; body: BodyInit; headers?: Record<string, string> }

beforeEach(() => {
  vi.resetModules()
  vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend.test:9000")
  vi.stubEnv("NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY", KEY)
  reply = {
    status: 200,
    body: "%PDF-1.3 fake",
    headers: { "content-type": "application/pdf", "content-disposition": 'inline; filename="struk-7-58mm.pdf"' },
  }
  fetchMock = vi.fn(async () => new Response(reply.body, { status: reply.status, headers: reply.headers }))
  vi.stubGlobal("fetch", fetchMock)
  vi.spyOn(console, "error").mockImplementation(() => {})
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

async function get(token: string, query: string) {
  const { GET } = await import("./route")
  return GET(new NextRequest(`http://toko.test/struk/${token}/pdf${query}`), { params: Promise.resolve({ token }) })
}

describe("GET /struk/:token/pdf", () => {
  it("streams the backend's PDF, asked with the publishable key, never cached", async () => {
    const response = await get("tok123", "?format=thermal")
    expect(response.status).toBe(200)
    expect(response.headers.get("content-type")).toBe("application/pdf")
    expect(response.headers.get("content-disposition")).toBe('inline; filename="struk-7-58mm.pdf"')
    expect(response.headers.get("cache-control")).toBe("private, no-store")
    expect(await response.text()).toBe("%PDF-1.3 fake")
    const [url] = requestsTo(fetchMock, "/store/receipts/tok123/pdf")
    expect(url.searchParams.get("format")).toBe("thermal")
    const init = fetchMock.mock.calls[0][1] as RequestInit
    expect((init.headers as Record<string, string>)["x-publishable-api-key"]).toBe(KEY)
  })

  it("refuses a format it does not print without asking the backend", async () => {
    const response = await get("tok123", "?format=letter")
    expect(response.status).toBe(400)
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it("answers 404 for an unknown token and 502 when the backend fails", async () => {
    reply = { status: 404, body: JSON.stringify({ message: "Struk tidak ditemukan." }) }
    expect((await get("nope", "?format=a4")).status).toBe(404)
    reply = { status: 500, body: "boom" }
    expect((await get("tok123", "?format=a4")).status).toBe(502)
  })
})
