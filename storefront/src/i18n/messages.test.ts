import { describe, expect, it } from "vitest"
import { createTranslator, interpolate, resolveLocale } from "./index"
import { en } from "./messages/en"
import { id } from "./messages/id"

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe("message catalogues", () => {
  it("have identical key sets", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort())
  })

  it("have no empty strings", () => {
    for (const [locale, messages] of Object.entries({ id, en })) {
      for (const [key, value] of Object.entries(messages)) {
        expect(typeof value, `${locale}:${key}`).toBe("string")
        expect(value.trim(), `${locale}:${key} is empty`).not.toBe("")
      }
    }
  })

  it("use the same placeholders in both languages", () => {
    for (const key of Object.keys(id) as (keyof typeof id)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(id[key]))
    }
  })
})

describe("t()", () => {
  it("renders Indonesian by default and fills placeholders", () => {
    const t = createTranslator()
    expect(t("product.inStock")).toBe("Tersedia")
    expect(t("product.outOfStock")).toBe("Stok habis")
    expect(t("pagination.pageOf", { page: 2, total: 5 })).toBe("Halaman 2 dari 5")
  })

  it("renders English for the en locale", () => {
    expect(createTranslator("en")("product.inStock")).toBe("In stock")
  })

  it("falls back to id for unknown locale cookies", () => {
    expect(resolveLocale("fr")).toBe("id")
    expect(resolveLocale(undefined)).toBe("id")
    expect(resolveLocale("en")).toBe("en")
  })

  it("leaves unknown placeholders untouched", () => {
    expect(interpolate("{a} dan {b}", { a: 1 })).toBe("1 dan {b}")
  })
})
