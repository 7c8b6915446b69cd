// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { stubBackend } from "../../../test/fake-backend"

beforeEach(() => {
  vi.resetModules()
  stubBackend((url) => {
    if (url.pathname === "/store/lapas") return { body: { lapas: [{ id: "l1", handle: "lapas-a", name: "Lapas A" }], count: 1 } }
    if (url.pathname === "/store/lapas/lapas-a") return { body: { lapas: { id: "l1", handle: "lapas-a", name: "Lapas A" } } }
    if (url.pathname === "/store/lapas/down") return { status: 503, body: { message: "unavailable" } }
  })
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
