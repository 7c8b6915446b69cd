import { describe, expect, it } from "vitest"
import { interpolate } from "@/i18n/define"
import { financeMessages } from "@/i18n/finance"
import { depositStatusText, depositStatusTone } from "./deposit-status"

const tIn = (locale: "id" | "en") => (key: string, params?: Record<string, string | number>) =>
  interpolate((financeMessages[locale] as Record<string, string>)[key], params)

describe("depositStatusText", () => {
  it("says a difference one way: the status in words and the amount without a sign", () => {
    const t = tIn("id")
    expect(depositStatusText(t, "over_deposited", 1000)).toBe("Lebih setor Rp 1.000")
    expect(depositStatusText(t, "under_deposited", 1000)).toBe("Kurang setor Rp 1.000")
    expect(depositStatusText(t, "settled", 0)).toBe("Lunas")
    expect(depositStatusText(t, "no_activity", 0)).toBe("Tidak ada transaksi")
    expect(depositStatusText(tIn("en"), "over_deposited", 1000)).toBe("Over-deposited Rp 1.000")
  })

  it("marks only a difference for attention", () => {
    expect(depositStatusTone("over_deposited")).toBe("warning")
    expect(depositStatusTone("under_deposited")).toBe("warning")
    expect(depositStatusTone("settled")).toBe("success")
    expect(depositStatusTone("no_activity")).toBe("neutral")
  })
})
