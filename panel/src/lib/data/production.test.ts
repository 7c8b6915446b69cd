import { describe, expect, it, vi } from "vitest"
import { jsonResponse, nextHeadersMock, nextNavigationMock, stubBackend } from "../../../test/next-mocks"

vi.mock("next/headers", () => nextHeadersMock)
vi.mock("next/navigation", () => nextNavigationMock)

const { createBatch, createInmate, lapasVariants, listActiveInmates, listBatches, listInmates, updateInmate } = await import("./production")

const fetchMock = stubBackend("token-abc")
const json = jsonResponse

const call = (index = 0) => {
  const [url, init] = fetchMock.mock.calls[index]
  return { url: String(url), method: init?.method ?? "GET", body: init?.body ? JSON.parse(String(init.body)) : undefined, headers: new Headers(init?.headers) }
}

describe("production data", () => {
  it("lists inmates a page at a time with the search, as the member", async () => {
    fetchMock.mockResolvedValue(json({ inmates: [], count: 0, limit: 20, offset: 20 }))
    await listInmates({ page: 2, q: "Pak S" })
    expect(call().url).toBe("http://backend.test:9000/lapas-api/inmates?q=Pak+S&limit=20&offset=20")
    expect(call().headers.get("authorization")).toBe("Bearer token-abc")
  })

  it("asks for the active inmates (the makers) and the batches newest first", async () => {
    fetchMock.mockImplementation(async () => json({ inmates: [{ id: "inm_1" }], production_batches: [], count: 0 }))
    expect(await listActiveInmates()).toEqual([{ id: "inm_1" }])
    await listBatches({ page: 1 })
    expect(call(0).url).toBe("http://backend.test:9000/lapas-api/inmates?status=active&limit=100")
    expect(call(1).url).toBe("http://backend.test:9000/lapas-api/production-batches?limit=20&offset=0")
  })

  it("registers and edits inmates and records batches with POST bodies", async () => {
    fetchMock.mockImplementation(async () => json({ inmate: { id: "inm_1", code: "TNG-010" }, production_batch: {}, variant_cost: {} }))
    await createInmate({ code: "TNG-010", consent_public: true })
    await updateInmate("inm_1", { status: "released" })
    const batch = { variant_id: "v1", quantity: 2, unit_cost: 1000, produced_on: "2026-12-01", makers: [{ inmate_id: "inm_1", work_units: 3 }] }
    await createBatch(batch)
    expect(call(0)).toMatchObject({ url: "http://backend.test:9000/lapas-api/inmates", method: "POST", body: { code: "TNG-010", consent_public: true } })
    expect(call(1)).toMatchObject({ url: "http://backend.test:9000/lapas-api/inmates/inm_1", method: "POST", body: { status: "released" } })
    expect(call(2)).toMatchObject({ url: "http://backend.test:9000/lapas-api/production-batches", method: "POST", body: batch })
  })

  it("names the lapas of the variants only when asked (national members)", async () => {
    fetchMock.mockImplementation(async () => json({ lapas_id: "lapas_1", variants: [] }))
    await lapasVariants()
    await lapasVariants("lapas_2")
    expect(call(0).url).toBe("http://backend.test:9000/lapas-api/production-costs")
    expect(call(1).url).toBe("http://backend.test:9000/lapas-api/production-costs?lapas_id=lapas_2")
  })

  it("passes the API's refusal on as an ApiError", async () => {
    fetchMock.mockResolvedValue(json({ type: "not_found", message: 'Inmate with id "inm_x" was not found.' }, 404))
    await expect(createBatch({ variant_id: "v", quantity: 1, unit_cost: 1, produced_on: "2026-12-01", makers: [] })).rejects.toMatchObject({
      status: 404,
      message: 'Inmate with id "inm_x" was not found.',
    })
  })
})
