// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from "vitest"
import { requestsTo, stubBackend, type Reply } from "../../../test/fake-backend"

let reply: Reply
let fetchMock: Mock

beforeEach(() => {
  vi.resetModules()
  reply = {
    body: {
      collections: [
        { id: "pcol_1", handle: "furnitur-jati-rotan", title: "Furnitur jati & rotan", metadata: { title_en: "Teak & rattan furniture" } },
        { id: "pcol_2", handle: "oleh-oleh-rempah", title: "Oleh-oleh rempah", metadata: null },
      ],
      count: 2,
      limit: 100,
      offset: 0,
    },
  }
  fetchMock = stubBackend((url) => (url.pathname === "/store/collections" ? reply : undefined))
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
})

describe("collections data", () => {
  it("lists the collections with their metadata, by title", async () => {
    const { listCollections } = await import("./collections")
    expect((await listCollections()).map((c) => c.handle)).toEqual(["furnitur-jati-rotan", "oleh-oleh-rempah"])
    const [request] = requestsTo(fetchMock, "/store/collections")
    expect(request.searchParams.get("fields")).toContain("metadata")
    expect(request.searchParams.get("order")).toBe("title")
    expect(request.searchParams.get("limit")).toBe("100")
  })

  it("throws when the backend fails", async () => {
    reply = { status: 503, body: { message: "unavailable" } }
    const { listCollections } = await import("./collections")
    await expect(listCollections()).rejects.toThrow()
  })
})
