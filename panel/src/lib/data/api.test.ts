import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { cookieJar, cookieWrites, nextHeadersMock, nextNavigationMock, RedirectSignal, resetCookies } from "../../../test/next-mocks"

vi.mock("next/headers", () => nextHeadersMock)
vi.mock("next/navigation", () => nextNavigationMock)

const { ApiError, backendFetch, lapasApi } = await import("./api")

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })
}

const fetchMock = vi.fn<typeof fetch>()

beforeEach(() => {
  resetCookies({ kb_member: "token-123" })
  fetchMock.mockReset()
  vi.stubGlobal("fetch", fetchMock)
  vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend.test:9000/")
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
})

describe("lapasApi", () => {
  it("sends the session's bearer token, JSON and no caching", async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, { member: { id: "m1" } }))
    const body = await lapasApi<{ member: { id: string } }>("/lapas-api/products", { method: "POST", body: { title: "Kursi" } })
    expect(body).toEqual({ member: { id: "m1" } })
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe("http://backend.test:9000/lapas-api/products")
    const headers = new Headers(init?.headers)
    expect(headers.get("authorization")).toBe("Bearer token-123")
    expect(headers.get("content-type")).toBe("application/json")
    expect(init?.body).toBe(JSON.stringify({ title: "Kursi" }))
    expect(init?.cache).toBe("no-store")
  })

  it("throws ApiError with the API's status, message and type", async () => {
    fetchMock.mockResolvedValue(jsonResponse(409, { message: "Periode Mei 2026 sudah ditutup", type: "not_allowed" }))
    const error = await lapasApi("/lapas-api/ledger", { method: "POST", body: {} }).catch((e) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 409, message: "Periode Mei 2026 sudah ditutup", type: "not_allowed" })
  })

  it("on 401 clears the session cookie and redirects to the session-ended route (then /masuk)", async () => {
    fetchMock.mockResolvedValue(jsonResponse(401, { message: "Unauthorized" }))
    const error = await lapasApi("/lapas-api/me").catch((e) => e)
    expect(error).toBeInstanceOf(RedirectSignal)
    expect((error as RedirectSignal).url).toBe("/sesi-berakhir")
    expect(cookieJar.has("kb_member")).toBe(false)
    expect(cookieWrites).toContainEqual({ op: "delete", name: "kb_member" })
  })

  it("without a session cookie redirects before calling the API", async () => {
    resetCookies()
    const error = await lapasApi("/lapas-api/me").catch((e) => e)
    expect(error).toBeInstanceOf(RedirectSignal)
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it("reports an unreachable backend as status 0", async () => {
    fetchMock.mockRejectedValue(new TypeError("fetch failed"))
    const error = await lapasApi("/lapas-api/me").catch((e) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 0 })
  })

  it("keeps a non-JSON error readable", async () => {
    fetchMock.mockResolvedValue(new Response("<html>Bad gateway</html>", { status: 502 }))
    const error = await lapasApi("/lapas-api/me").catch((e) => e)
    expect(error).toMatchObject({ status: 502, message: "HTTP 502" })
  })
})

describe("backendFetch", () => {
  it("sends no session but an explicit token, and returns the 401 as an ApiError", async () => {
    fetchMock.mockResolvedValue(jsonResponse(401, { message: "Invalid token" }))
    const error = await backendFetch("/auth/lapas_member/emailpass/update", { method: "POST", token: "reset-token", body: {} }).catch((e) => e)
    expect(new Headers(fetchMock.mock.calls[0][1]?.headers).get("authorization")).toBe("Bearer reset-token")
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 401 })
    expect(cookieJar.has("kb_member")).toBe(true)
  })

  it("defaults to http://localhost:9000", async () => {
    vi.stubEnv("MEDUSA_BACKEND_URL", "")
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }))
    await expect(backendFetch("/health")).resolves.toBeUndefined()
    expect(fetchMock.mock.calls[0][0]).toBe("http://localhost:9000/health")
  })
})
