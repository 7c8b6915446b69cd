// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { NextRequest } from "next/server"

const revalidated: [string, unknown][] = []
vi.mock("next/cache", () => ({ revalidateTag: (tag: string, profile: unknown) => revalidated.push([tag, profile]) }))

const post = (body: unknown, secret?: string) =>
  new NextRequest("http://storefront.test/api/revalidate", {
    method: "POST",
    headers: { "content-type": "application/json", ...(secret === undefined ? {} : { "x-revalidate-secret": secret }) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  })

beforeEach(() => {
  revalidated.length = 0
})
afterEach(() => vi.unstubAllEnvs())

describe("POST /api/revalidate", () => {
  it("expires each tag at once when the secret matches", async () => {
    vi.stubEnv("STOREFRONT_REVALIDATE_SECRET", "rahasia-yang-panjang")
    const { POST } = await import("./route")
    const response = await POST(post({ tags: ["catalog", "product:jahe-instan", "catalog"] }, "rahasia-yang-panjang"))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ revalidated: ["catalog", "product:jahe-instan"] })
    expect(revalidated).toEqual([
      ["catalog", { expire: 0 }],
      ["product:jahe-instan", { expire: 0 }],
    ])
  })

  it("refuses a wrong or missing secret with 401, and everything when none is configured (503)", async () => {
    vi.stubEnv("STOREFRONT_REVALIDATE_SECRET", "rahasia-yang-panjang")
    const { POST } = await import("./route")
    expect((await POST(post({ tags: ["catalog"] }, "rahasia-yang-panjanG"))).status).toBe(401)
    expect((await POST(post({ tags: ["catalog"] }, "rahasia"))).status).toBe(401)
    expect((await POST(post({ tags: ["catalog"] }))).status).toBe(401)
    vi.stubEnv("STOREFRONT_REVALIDATE_SECRET", "")
    expect((await POST(post({ tags: ["catalog"] }, ""))).status).toBe(503)
    expect(revalidated).toEqual([])
  })

  it("refuses a body without tags with a 400 that says what to send", async () => {
    vi.stubEnv("STOREFRONT_REVALIDATE_SECRET", "rahasia-yang-panjang")
    const { POST } = await import("./route")
    for (const body of ["not json", {}, { tags: [] }, { tags: [""] }, { tags: ["x".repeat(257)] }, { tags: [42] }]) {
      const response = await POST(post(body, "rahasia-yang-panjang"))
      expect(response.status).toBe(400)
      expect((await response.json()).message).toMatch(/tags|JSON/)
    }
    expect(revalidated).toEqual([])
  })
})
