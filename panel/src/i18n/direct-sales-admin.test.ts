import { describe, expect, it } from "vitest"
import { DIRECT_PAYMENT_METHODS, VENUE_KINDS } from "@karya-binaan/contracts"
import { translator } from "./define"
import { directSalesAdminMessages } from "./direct-sales-admin"

// The same checks catalogues.test.ts makes for every catalogue, for this one (kept beside it so
// the shared list needs no edit), plus the labels the pages look up by the contracts' values.
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe("directSalesAdminMessages", () => {
  it("has the same keys, no empty text and the same placeholders in both languages", () => {
    const { id, en } = directSalesAdminMessages
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort())
    for (const [key, text] of Object.entries(id)) {
      const english = (en as Record<string, string>)[key]
      expect(text.trim(), key).not.toBe("")
      expect(english.trim(), key).not.toBe("")
      expect(placeholders(english), key).toEqual(placeholders(text))
    }
  })

  it("names every payment method and venue kind", () => {
    const t = translator(directSalesAdminMessages, "id")
    for (const method of DIRECT_PAYMENT_METHODS) expect(t(`method.${method}`)).not.toBe(`method.${method}`)
    for (const kind of VENUE_KINDS) expect(t(`kind.${kind}`)).not.toBe(`kind.${kind}`)
    expect(t("closing.short", { amount: "Rp 5.000" })).toBe("Kurang Rp 5.000")
  })
})
