import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { nextHeadersMock, nextNavigationMock, resetCookies } from "../../../test/next-mocks"

vi.mock("next/headers", () => nextHeadersMock)
vi.mock("next/navigation", () => nextNavigationMock)

const national = await import("./national")
const lapas = await import("./lapas")

const fetchMock = vi.fn<typeof fetch>()
const ok = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } })

beforeEach(() => {
  resetCookies({ kb_member: "token-nasional" })
  fetchMock.mockReset()
  fetchMock.mockImplementation(async () => ok({}))
  vi.stubGlobal("fetch", fetchMock)
  vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend.test:9000")
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
})

const call = (i = 0) => {
  const [url, init] = fetchMock.mock.calls[i]
  return { url: String(url), method: init?.method ?? "GET", body: init?.body ? JSON.parse(String(init.body)) : undefined }
}

describe("queryString", () => {
  it("keeps only the values given", () => {
    expect(national.queryString({ a: "1", b: undefined, c: "", d: null, e: 0 })).toBe("?a=1&e=0")
    expect(national.queryString({})).toBe("")
  })
})

describe("national data functions", () => {
  it("lists members with the filters the screen chose", async () => {
    await national.listMembers({ status: "invited", lapas_id: "lapas_1" })
    expect(call().url).toBe("http://backend.test:9000/lapas-api/members?limit=50&status=invited&lapas_id=lapas_1")
  })

  it("invites, and runs member commands on the member's own path", async () => {
    await national.inviteMember({ name: "Rina", email: "rina@example.id", role: "lapas_staff", lapas_id: "lapas_1" })
    expect(call(0)).toEqual({
      url: "http://backend.test:9000/lapas-api/members",
      method: "POST",
      body: { name: "Rina", email: "rina@example.id", role: "lapas_staff", lapas_id: "lapas_1" },
    })
    await national.memberCommand("lmem_1", "deactivate")
    expect(call(1)).toMatchObject({ url: "http://backend.test:9000/lapas-api/members/lmem_1/deactivate", method: "POST", body: {} })
    await national.memberCommand("lmem/../x", "invite")
    expect(call(2).url).toBe("http://backend.test:9000/lapas-api/members/lmem%2F..%2Fx/invite")
  })

  it("asks for search demand and indicators of one lapas or all", async () => {
    await national.searchDemand({ lapas_id: "lapas_1", from: "2026-11-01" })
    expect(call(0).url).toBe("http://backend.test:9000/lapas-api/search-demand?lapas_id=lapas_1&from=2026-11-01")
    await national.indicators({ year: 2026 })
    expect(call(1).url).toBe("http://backend.test:9000/lapas-api/indicators?year=2026")
  })
})

describe("lapas data functions", () => {
  it("edits the profile and the partners under the lapas's path", async () => {
    await lapas.updateLapas("lapas_1", { story: "Cerita" })
    expect(call(0)).toMatchObject({ url: "http://backend.test:9000/lapas-api/lapas/lapas_1", method: "POST", body: { story: "Cerita" } })
    await lapas.deletePartner("lapas_1", "lpartner_2")
    expect(call(1)).toMatchObject({ url: "http://backend.test:9000/lapas-api/lapas/lapas_1/partners/lpartner_2", method: "DELETE" })
    await lapas.addAgreement("lapas_1", "lpartner_2", { number: "PKS/1", starts_on: "2026-01-01", ends_on: "2026-12-31", activities: ["training"] })
    expect(call(2).url).toBe("http://backend.test:9000/lapas-api/lapas/lapas_1/partners/lpartner_2/agreements")
  })
})
