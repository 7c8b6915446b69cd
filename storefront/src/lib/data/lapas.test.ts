// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"

let fetchMock: ReturnType<typeof vi.fn>

beforeEach(() => {
  vi.resetModules()
  vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend.test:9000")
  vi.stubEnv("NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY", "pk_test")
  fetchMock = vi.fn(async (input: unknown) => {
    const url = new URL(String(input instanceof Request ? input.url : input))
    const json = (status: number, body: unknown) =>
      new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })
    if (url.pathname === "/store/lapas") return json(200, { lapas: [{ id: "l1", handle: "lapas-a", name: "Lapas A" }], count: 1 })
    if (url.pathname === "/store/lapas/lapas-a") return json(200, { lapas: { id: "l1", handle: "lapas-a", name: "Lapas A" } })
    if (url.pathname === "/store/lapas/down") return json(503, { message: "unavailable" })
    return json(404, { message: "No lapas" })
  })
  vi.stubGlobal("fetch", fetchMock)
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
})

describe("lapas data", () => {
  it("lists lapas and finds one by handle", async () => {
    const { getLapasByHandle, listLapas } = await import("./lapas")
    expect((await listLapas()).map((l) => l.handle)).toEqual(["lapas-a"])
    expect((await getLapasByHandle("lapas-a"))?.name).toBe("Lapas A")
  })

  it("answers null for an unknown handle but throws when the backend fails", async () => {
    const { getLapasByHandle } = await import("./lapas")
    expect(await getLapasByHandle("tidak-ada")).toBeNull()
    await expect(getLapasByHandle("down")).rejects.toThrow()
  })
})
