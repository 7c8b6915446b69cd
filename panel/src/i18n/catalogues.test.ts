import { describe, expect, it } from "vitest"
import { authMessages } from "./auth"
import { catalogMessages } from "./catalog"
import { commonMessages } from "./common"
import { directSalesMessages } from "./direct-sales"
import { translator, type Catalogue } from "./define"
import { financeMessages } from "./finance"
import { homeMessages } from "./home"
import { lapasMessages } from "./lapas"
import { nationalMessages } from "./national"
import { navigationMessages } from "./navigation"
import { ordersMessages } from "./orders"
import { premiMessages } from "./premi"
import { productionMessages } from "./production"
import { shippingMessages } from "./shipping"

// Add every new catalogue here: the test checks what the type cannot (empty texts, placeholders).
const catalogues: Record<string, Catalogue> = {
  authMessages,
  catalogMessages,
  commonMessages,
  directSalesMessages,
  financeMessages,
  homeMessages,
  lapasMessages,
  nationalMessages,
  navigationMessages,
  ordersMessages,
  premiMessages,
  productionMessages,
  shippingMessages,
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe.each(Object.entries(catalogues))("%s", (_name, catalogue) => {
  it("has the same keys, no empty text and the same placeholders in both languages", () => {
    expect(Object.keys(catalogue.en).sort()).toEqual(Object.keys(catalogue.id).sort())
    for (const [key, id] of Object.entries(catalogue.id)) {
      const en = catalogue.en[key]
      expect(id.trim(), key).not.toBe("")
      expect(en.trim(), key).not.toBe("")
      expect(placeholders(en), key).toEqual(placeholders(id))
    }
  })
})

it("interpolates and switches language", () => {
  expect(translator(homeMessages, "id")("home.greeting", { name: "Siti" })).toBe("Selamat datang, Siti")
  expect(translator(homeMessages, "en")("home.greeting", { name: "Siti" })).toBe("Welcome, Siti")
})
