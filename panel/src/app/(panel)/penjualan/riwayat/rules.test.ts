import { normaliseIndonesianMobile } from "@karya-binaan/contracts"
import { describe, expect, it } from "vitest"
import {
  apiFieldErrors,
  historyQuery,
  isDay,
  needsStockSettlement,
  parseHistoryFilters,
  receiptUrl,
  saleBadges,
  saleNumber,
  todayIn,
  whatsappLink,
} from "./rules"

const warning = { variant_id: "v1", title: "Roti Tawar", quantity: 5, available_before: 3 }

describe("history filters", () => {
  it("reads the Indonesian query names and writes them back without the page", () => {
    const filters = parseHistoryFilters({ tempat: "venue_1", hari: "2026-12-06", status: "batal", minus: "1", halaman: "3", lapas: "lapas_b" })
    expect(filters).toEqual({
      venueId: "venue_1",
      day: "2026-12-06",
      dayInvalid: false,
      status: "voided",
      warnings: true,
      page: 3,
      lapasId: "lapas_b",
    })
    expect(historyQuery(filters)).toEqual({ lapas: "lapas_b", tempat: "venue_1", hari: "2026-12-06", status: "batal", minus: "1" })
  })

  it("ignores what it does not know and says when the day is no date", () => {
    const filters = parseHistoryFilters({ hari: "2026-02-30", status: "x", minus: "yes", halaman: "-2" })
    expect(filters).toMatchObject({ day: undefined, dayInvalid: true, status: undefined, warnings: false, page: 1 })
    expect(parseHistoryFilters({ status: "selesai" }).status).toBe("completed")
    expect(historyQuery(parseHistoryFilters({}))).toEqual({})
  })

  it("knows calendar days and today's date in the lapas's zone", () => {
    expect(isDay("2024-02-29")).toBe(true)
    expect(isDay("2026-13-01")).toBe(false)
    // 17:30 UTC is already the next day in WIT (UTC+9) but not in WIB (UTC+7).
    const at = new Date("2026-12-06T17:30:00Z")
    expect(todayIn("Asia/Jakarta", at)).toBe("2026-12-07")
    expect(todayIn("Asia/Jayapura", at)).toBe("2026-12-07")
    expect(todayIn("Asia/Jakarta", new Date("2026-12-06T16:30:00Z"))).toBe("2026-12-06")
  })
})

describe("a sale's badges and number", () => {
  it("marks voided sales and open or settled negative stock", () => {
    expect(saleBadges({ status: "completed", stock_warnings: [], stock_settled_at: null })).toEqual([])
    expect(saleBadges({ status: "voided", stock_warnings: [warning], stock_settled_at: null }).map((b) => b.key)).toEqual(["voided", "stockMinus"])
    expect(saleBadges({ status: "completed", stock_warnings: [warning], stock_settled_at: "2026-12-06T10:00:00Z" })).toEqual([
      { key: "stockSettled", tone: "neutral" },
    ])
  })

  it("asks for a settlement only while a completed sale's warnings are open", () => {
    expect(needsStockSettlement({ status: "completed", stock_warnings: [warning], stock_settled_at: null })).toBe(true)
    expect(needsStockSettlement({ status: "completed", stock_warnings: [warning], stock_settled_at: "2026-12-06T10:00:00Z" })).toBe(false)
    expect(needsStockSettlement({ status: "voided", stock_warnings: [warning], stock_settled_at: null })).toBe(false)
    expect(needsStockSettlement({ status: "completed", stock_warnings: [], stock_settled_at: null })).toBe(false)
  })

  it("numbers a sale by its order, or by its id before there is one", () => {
    expect(saleNumber({ display_id: 1042, id: "dsale_01ABCDEF" })).toBe("#1042")
    expect(saleNumber({ display_id: null, id: "dsale_01abcdef" })).toBe("ABCDEF")
  })
})

describe("the buyer's receipt link", () => {
  it("joins the storefront and the receipt path", () => {
    expect(receiptUrl("http://localhost:8000/", "/struk/tok_123")).toBe("http://localhost:8000/struk/tok_123")
  })

  it("turns Indonesian mobile numbers into wa.me numbers and refuses others", () => {
    expect(normaliseIndonesianMobile("0812-3456-7890")).toBe("6281234567890")
    expect(normaliseIndonesianMobile("+62 812 3456 7890")).toBe("6281234567890")
    expect(normaliseIndonesianMobile("6281234567890")).toBe("6281234567890")
    expect(normaliseIndonesianMobile("021 5551234")).toBeNull()
    expect(whatsappLink("x", undefined)).toBe("https://wa.me/?text=x")
  })

  it("opens WhatsApp with the message, to the buyer when their number is known", () => {
    expect(whatsappLink("Struk: http://x/struk/a?b=1", "081234567890")).toBe(
      "https://wa.me/6281234567890?text=Struk%3A%20http%3A%2F%2Fx%2Fstruk%2Fa%3Fb%3D1"
    )
    expect(whatsappLink("Struk", null)).toBe("https://wa.me/?text=Struk")
  })
})

describe("apiFieldErrors", () => {
  it("puts a validation message under the field it names", () => {
    expect(apiFieldErrors("Invalid request: reason: Say why the sale is voided, in at least 5 characters (reason)", ["reason"])).toEqual({
      reason: "Say why the sale is voided, in at least 5 characters (reason)",
    })
    expect(apiFieldErrors("Invalid request: ends_on: The event ends on or after it starts (ends_on ≥ starts_on)", ["starts_on", "ends_on"])).toEqual({
      ends_on: "The event ends on or after it starts (ends_on ≥ starts_on)",
    })
  })

  it("reads a handler's sentence that names the field in brackets", () => {
    expect(apiFieldErrors("The difference is not 0: explain it (reason)", ["counted_cash", "reason"])).toEqual({
      reason: "The difference is not 0: explain it (reason)",
    })
  })

  it("leaves messages about other fields, or none, to the form's banner", () => {
    expect(apiFieldErrors("Invalid request: lines.0.quantity: Move at least 1 unit", ["reason"])).toBeNull()
    expect(apiFieldErrors("Direct sale not found", ["reason"])).toBeNull()
  })
})
