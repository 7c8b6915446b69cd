// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from "vitest"
import { KEY, requestsTo, stubBackend } from "../../../test/fake-backend"

let responses: Record<string, { status: number; body: unknown }>
let fetchMock: Mock

beforeEach(() => {
  vi.resetModules()
  responses = {}
  fetchMock = stubBackend((url) => responses[url.pathname])
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

describe("getReceipt", () => {
  it("reads the public receipt by its token with the publishable key", async () => {
    const receipt = { number: 7, total: 35000, status: "completed" }
    responses["/store/receipts/tok_1"] = { status: 200, body: { receipt } }
    const { getReceipt } = await import("./receipts")
    expect(await getReceipt("tok_1")).toEqual(receipt)
    expect(requestsTo(fetchMock, "/store/receipts/tok_1")).toHaveLength(1)
    const headers = new Headers((fetchMock.mock.calls[0][1] as RequestInit).headers)
    expect(headers.get("x-publishable-api-key")).toBe(KEY)
  })

  it("is null for an unknown token and throws when the backend fails", async () => {
    const { getReceipt } = await import("./receipts")
    expect(await getReceipt("missing")).toBeNull()
    responses["/store/receipts/broken"] = { status: 500, body: { message: "boom" } }
    await expect(getReceipt("broken")).rejects.toMatchObject({ status: 500 })
  })
})
