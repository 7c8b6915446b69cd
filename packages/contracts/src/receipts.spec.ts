import { describe, expect, it } from "vitest"
import { normaliseIndonesianMobile, whatsappReceiptLink } from "./receipts"

describe("normaliseIndonesianMobile", () => {
  it("writes 08…, 62… and +62… as 62…", () => {
    expect(normaliseIndonesianMobile("081234567890")).toBe("6281234567890")
    expect(normaliseIndonesianMobile("6281234567890")).toBe("6281234567890")
    expect(normaliseIndonesianMobile("+6281234567890")).toBe("6281234567890")
    expect(normaliseIndonesianMobile(" +62 812-3456-7890 ")).toBe("6281234567890")
  })

  it("refuses what is no Indonesian mobile number", () => {
    expect(normaliseIndonesianMobile("0211234567")).toBeNull() // a Jakarta landline
    expect(normaliseIndonesianMobile("+6581234567")).toBeNull() // Singapore
    expect(normaliseIndonesianMobile("0812")).toBeNull()
    expect(normaliseIndonesianMobile("08123456789012345")).toBeNull()
    expect(normaliseIndonesianMobile("08123abc890")).toBeNull()
  })
})

describe("whatsappReceiptLink", () => {
  const url = "https://karyabinaan.id/struk/abc123?x=1&y=2"

  it("opens a chat with the buyer with the receipt's link in Indonesian", () => {
    const link = new URL(whatsappReceiptLink("0812-3456-7890", url))
    expect(link.origin).toBe("https://wa.me")
    expect(link.pathname).toBe("/6281234567890")
    const text = link.searchParams.get("text")!
    expect(text).toContain("Struk belanja Anda")
    expect(text.endsWith(url)).toBe(true)
  })

  it("encodes the text so the link's own query survives", () => {
    const link = whatsappReceiptLink("+6281234567890", url)
    expect(link).toMatch(/^https:\/\/wa\.me\/6281234567890\?text=[^&]+$/)
    expect(link).toContain(encodeURIComponent(url))
  })

  it("the same number in any spelling gives the same link", () => {
    const links = ["081234567890", "6281234567890", "+6281234567890"].map((p) => whatsappReceiptLink(p, url))
    expect(new Set(links).size).toBe(1)
  })

  it("throws for a number WhatsApp cannot reach", () => {
    expect(() => whatsappReceiptLink("12345", url)).toThrow(/Indonesian mobile/)
  })
})
