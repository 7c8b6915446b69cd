import { describe, expect, it, vi } from "vitest"
import { jsonResponse, nextHeadersMock, nextNavigationMock, stubBackend } from "../../../test/next-mocks"

vi.mock("next/headers", () => nextHeadersMock)
vi.mock("next/navigation", () => nextNavigationMock)

const { addCourier, deleteCourier, getShipping, updateCourier } = await import("./shipping")
const { ApiError } = await import("./api")

const fetchMock = stubBackend("token-123")

describe("shipping data", () => {
  it("reads the own lapas's delivery, or the one a national member names", async () => {
    fetchMock.mockImplementation(async () => jsonResponse({ couriers: [] }))
    await getShipping()
    expect(fetchMock.mock.calls[0][0]).toBe("http://backend.test:9000/lapas-api/shipping")
    await getShipping("lapas_01&x=1")
    expect(fetchMock.mock.calls[1][0]).toBe("http://backend.test:9000/lapas-api/shipping?lapas_id=lapas_01%26x%3D1")
  })

  it("adds, edits and deletes courier services with encoded ids", async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse({ courier: { id: "so_1", name: "JNE YES" } }, 201))
    expect(await addCourier({ courier: "jne", service: "express" })).toEqual({ id: "so_1", name: "JNE YES" })
    expect(fetchMock.mock.calls[0][1]?.body).toBe(JSON.stringify({ courier: "jne", service: "express" }))

    fetchMock.mockResolvedValueOnce(jsonResponse({ courier: { id: "so/1" } }))
    const rates = [{ zone: "35", per_kg: 9000, etd_min_days: 1, etd_max_days: 2 }]
    await updateCourier("so/1", { rates })
    const [url, init] = fetchMock.mock.calls[1]
    expect(url).toBe("http://backend.test:9000/lapas-api/shipping/couriers/so%2F1")
    expect(init?.method).toBe("POST")
    expect(init?.body).toBe(JSON.stringify({ rates }))

    fetchMock.mockResolvedValueOnce(jsonResponse({ id: "so_1", deleted: false, disabled: true }))
    expect(await deleteCourier("so_1")).toMatchObject({ disabled: true })
    expect(fetchMock.mock.calls[2][1]?.method).toBe("DELETE")
  })

  it("passes the API's refusal on, every problem in one message", async () => {
    fetchMock.mockResolvedValueOnce(
      jsonResponse({ type: "invalid_data", message: "The rate table has 2 problems: Tujuan \"99\" … Estimasi ke Papua …" }, 400)
    )
    const error = await updateCourier("so_1", { rates: [] }).catch((e) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(400)
    expect(error.message).toMatch(/2 problems/)
  })
})
