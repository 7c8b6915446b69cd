import { describe, expect, it } from "vitest"
import type { IndicatorChannel, PnbpReport } from "@karya-binaan/contracts"
import { channelOptions, channelParam, channelTotalsRows, lapasChannelMatrix, shareOf } from "./sale-channels"

const zero = { revenue: "0", cost: "0", profit: "0", capital: "0", premi: "0", pnbp: "0" }

describe("channelParam", () => {
  it("accepts the five channels and drops anything else", () => {
    expect(channelParam("event")).toBe("event")
    expect(channelParam(" online ")).toBe("online")
    expect(channelParam("pasar")).toBeUndefined()
    expect(channelParam("")).toBeUndefined()
    expect(channelParam(undefined)).toBeUndefined()
  })

  it("offers every channel with its Indonesian label", () => {
    const options = channelOptions("id", "Semua kanal")
    expect(options[0]).toEqual({ value: "", label: "Semua kanal" })
    expect(options.map((o) => o.label)).toContain("Pameran / acara")
    expect(options.map((o) => o.label)).toContain("Toko online")
    expect(options).toHaveLength(6)
  })
})

describe("channelTotalsRows", () => {
  it("lists each channel, the report total and the services subtotal", () => {
    const report: Pick<PnbpReport, "by_channel" | "totals" | "services"> = {
      by_channel: [
        { channel: "online", quantity: 2, ...zero, revenue: "100000", profit: "60000", capital: "30000", premi: "21000", pnbp: "9000" },
        { channel: "event", quantity: 3, ...zero, revenue: "150000", profit: "90000", capital: "45000", premi: "31500", pnbp: "13500" },
      ],
      totals: { ...zero, revenue: "250000", profit: "150000", capital: "75000", premi: "52500", pnbp: "22500", deposited: "0", outstanding: "22500", over_deposited: false, deposit_status: "under_deposited", difference: "22500" },
      services: { ...zero, quantity: 1, revenue: "50000", pnbp: "4500" },
    }
    const rows = channelTotalsRows(report, "id", { total: "Total", services: "di antaranya jasa" })
    expect(rows.map((r) => [r.kind, r.label, r.quantity])).toEqual([
      ["channel", "Toko online", 2],
      ["channel", "Pameran / acara", 3],
      ["total", "Total", 5],
      ["services", "di antaranya jasa", 1],
    ])
    expect(rows[2].pnbp).toBe(22_500n)
    expect(rows[0].pnbp + rows[1].pnbp).toBe(rows[2].pnbp)
    expect(channelTotalsRows(report, "en", { total: "Total", services: "Services" })[0].label).toBe("Online shop")
  })
})

describe("lapasChannelMatrix", () => {
  const ch = (channel: IndicatorChannel["channel"], revenue: number, pnbp = 0): IndicatorChannel => ({
    channel,
    revenue: String(revenue),
    profit: "0",
    premi_earned: "0",
    pnbp_booked: String(pnbp),
    quantity: 0,
  })
  it("puts lapas in rows and channels in columns, largest total first, with a total row", () => {
    const rows = lapasChannelMatrix(
      [
        { lapas_id: "a", name: "Lapas A", handle: "a", channels: [ch("online", 100), ch("event", 50)] },
        { lapas_id: "b", name: "Lapas B", handle: "b", channels: [ch("online", 10), ch("showroom", 500)] },
      ],
      "revenue",
      "Semua lapas"
    )
    expect(rows.map((r) => r.label)).toEqual(["Lapas B", "Lapas A", "Semua lapas"])
    // SALE_CHANNELS order: online, event, showroom, gate, cooperative.
    expect(rows[0].cells).toEqual([10n, 0n, 500n, 0n, 0n])
    expect(rows[2].cells).toEqual([110n, 50n, 500n, 0n, 0n])
    expect(rows[2].total).toBe(660n)
    expect(rows[2].isTotal).toBe(true)
  })
})

describe("shareOf", () => {
  it("gives whole per cent and a dash without a total", () => {
    expect(shareOf(1n, 3n)).toBe("33 %")
    expect(shareOf(5n, 0n)).toBe("—")
  })
})
