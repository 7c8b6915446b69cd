// @vitest-environment node
import { NextRequest } from "next/server"
import { describe, expect, it } from "vitest"
import { GET } from "./route"

function returnFrom(query: string, cookie?: string) {
  return GET(
    new NextRequest(`http://toko.test/checkout/selesai${query}`, { headers: cookie ? { cookie } : {} })
  )
}

describe("GET /checkout/selesai for Xendit's e-wallet return", () => {
  it("leads to the order whose e-wallet this browser opened, and forgets it", async () => {
    const response = await returnFrom("?xendit=payses_01", "kb_xendit_order=order_01JABC")
    expect(response.status).toBe(303)
    expect(response.headers.get("location")).toBe("http://toko.test/pesanan/order_01JABC")
    expect(response.headers.get("set-cookie")).toMatch(/kb_xendit_order=;.*Path=\/checkout\/selesai/)
  })

  it("never follows an address from the query or a forged cookie off the shop", async () => {
    for (const [query, cookie] of [
      ["?xendit=payses_01&next=https://evil.example", undefined],
      ["?xendit=https://evil.example", "kb_xendit_order=//evil.example"],
      ["?xendit=payses_01", "kb_xendit_order=https%3A%2F%2Fevil.example"],
    ] as const) {
      const response = await returnFrom(query, cookie)
      expect(response.status).toBe(303)
      expect(new URL(response.headers.get("location")!).origin).toBe("http://toko.test")
      expect(response.headers.get("location")).toBe("http://toko.test/lacak-pesanan")
    }
  })
})
