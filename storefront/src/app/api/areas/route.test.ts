// @vitest-environment node
import { NextRequest } from "next/server"
import { describe, expect, it } from "vitest"
import { GET } from "./route"

async function get(query: string) {
  const response = await GET(new NextRequest(`http://localhost/api/areas${query}`))
  return { status: response.status, cache: response.headers.get("cache-control"), body: await response.json() }
}

describe("GET /api/areas", () => {
  it("lists the 38 provinces without a parent, cached", async () => {
    const { status, cache, body } = await get("")
    expect(status).toBe(200)
    expect(cache).toMatch(/max-age=86400/)
    expect(body.areas).toHaveLength(38)
    expect(body.areas).toContainEqual({ code: "35", name: "Jawa Timur" })
  })

  it("walks Jawa Timur → Kota Surabaya → Gubeng → its kelurahan", async () => {
    const regencies = (await get("?parent=35")).body.areas
    expect(regencies).toContainEqual({ code: "35.78", name: "Kota Surabaya" })
    expect(regencies.every((r: { code: string }) => r.code.startsWith("35."))).toBe(true)
    const districts = (await get("?parent=35.78")).body.areas
    const gubeng = districts.find((d: { name: string }) => d.name === "Gubeng")
    expect(gubeng?.code).toMatch(/^35\.78\.\d{2}$/)
    const villages = (await get(`?parent=${gubeng.code}`)).body.areas
    expect(villages.map((v: { name: string }) => v.name)).toContain("Airlangga")
  })

  it("answers 400, not cached, for something that is not an area code", async () => {
    const { status, cache, body } = await get("?parent=jatim")
    expect(status).toBe(400)
    expect(cache).toBe("no-store")
    expect(body.message).toMatch(/not an area code/)
  })

  it("answers an empty list for a well-formed code that names no area", async () => {
    const { status, body } = await get("?parent=99.99")
    expect(status).toBe(200)
    expect(body.areas).toEqual([])
  })
})
