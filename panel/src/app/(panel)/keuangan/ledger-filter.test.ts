import { describe, expect, it } from "vitest"
import { ledgerFilterOf, ledgerSearchOf } from "./ledger-filter"

describe("ledger filter", () => {
  it("turns the screen's query into the API's filter", () => {
    expect(
      ledgerFilterOf({ dari: "2026-11-01", sampai: "2026-11-30", jenis: "refund", pos: "pnbp", pesanan: " order_1 ", halaman: "3" })
    ).toEqual({
      from: "2026-11-01",
      to: "2026-11-30",
      kind: "refund",
      account: "pnbp",
      order_id: "order_1",
      channel: undefined,
      lapas_id: undefined,
      limit: 25,
      offset: 50,
      page: 3,
    })
  })

  it("narrows to a sales channel and keeps it across pages", () => {
    expect(ledgerFilterOf({ kanal: "event" }).channel).toBe("event")
    expect(ledgerFilterOf({ kanal: "pasar" }).channel).toBeUndefined()
    expect(ledgerSearchOf({ kanal: "showroom", halaman: "2" })).toEqual({ kanal: "showroom" })
  })

  it("drops what the API would refuse", () => {
    const filter = ledgerFilterOf({ dari: "2026-02-30", jenis: "gift", pos: "bonus", halaman: "-2" })
    expect(filter).toMatchObject({ from: undefined, kind: undefined, account: undefined, page: 1, offset: 0 })
  })

  it("keeps the filters but not the page in pagination links", () => {
    expect(ledgerSearchOf({ jenis: "sale", halaman: "2", pesanan: "" })).toEqual({ jenis: "sale" })
  })
})
