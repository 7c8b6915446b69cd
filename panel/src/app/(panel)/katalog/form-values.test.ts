import { describe, expect, it } from "vitest"
import { checkPhotos, parseCount, parseRupiahInput, readProductCreate, readProductUpdate, readStockLevels, readVariant } from "./form-values"

const form = (entries: Record<string, string | string[] | File>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(entries)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v)
  }
  return data
}

describe("parseRupiahInput", () => {
  it("reads whole rupiah as people type them", () => {
    expect(parseRupiahInput("45000")).toBe(45000)
    expect(parseRupiahInput("45.000")).toBe(45000)
    expect(parseRupiahInput("Rp 1.250.000")).toBe(1250000)
    expect(parseRupiahInput(" rp45.000 ")).toBe(45000)
    expect(parseRupiahInput("0")).toBe(0)
  })
  it("refuses fractions, negatives and words", () => {
    for (const input of ["", "45000,50", "45.5", "4.50", "-100", "empat puluh", "1e5", "12.3456"]) {
      expect(parseRupiahInput(input), input).toBeNull()
    }
  })
  it("counts never carry Rp", () => {
    expect(parseCount("12")).toBe(12)
    expect(parseCount("Rp 12")).toBeNull()
  })
})

describe("the product forms", () => {
  it("reads a new product with its first variant, licences and publish-now", () => {
    const parsed = readProductCreate(
      form({ title: "Keripik Tempe", variant_title: "250 gram", sku: "KT-250", price: "45.000", stock: "12", pirt: "206352201099327", publish: "1", category_id: "pcat_1", weight: "250", length: "20", width: "15", height: "" })
    )
    expect(parsed.fieldErrors).toEqual({})
    expect(parsed.stock).toBe(12)
    expect(parsed.request).toEqual({
      title: "Keripik Tempe",
      subtitle: null,
      description: null,
      category_id: "pcat_1",
      weight: 250,
      length: 20,
      width: 15,
      height: null,
      licences: { pirt: "206352201099327", bpom_md: null, halal: null },
      status: "published",
      variants: [{ title: "250 gram", sku: "KT-250", price: 45000, manage_inventory: true }],
    })
  })

  it("names every field to fix and keeps what was typed", () => {
    const parsed = readProductCreate(form({ title: "", variant_title: "", price: "12,5", stock: "-1", weight: "berat", length: "0", height: "2,5" }))
    expect(parsed.request).toBeUndefined()
    expect(parsed.fieldErrors).toEqual({
      title: "error.titleRequired",
      variant_title: "error.variantTitleRequired",
      price: "error.price",
      stock: "error.stock",
      weight: "error.weight",
      length: "error.size",
      height: "error.size",
    })
    expect(parsed.values.price).toBe("12,5")
  })

  it("refuses photos that are not JPEG, PNG or WebP, or too large", () => {
    const gif = new File(["GIF89a"], "a.gif", { type: "image/gif" })
    expect(readProductCreate(form({ title: "X", variant_title: "Y", price: "1", photos: gif })).fieldErrors.photos).toBe("error.photoType")
    const big = new File([new Uint8Array(8 * 1024 * 1024 + 1)], "big.png", { type: "image/png" })
    expect(checkPhotos([big])).toBe("error.photoSize")
    expect(checkPhotos([new File(["x"], "ok.webp", { type: "image/webp" })])).toBeNull()
  })

  it("clears a licence left empty when editing", () => {
    const parsed = readProductUpdate(form({ title: "Kursi", pirt: "", handle: "kursi-rotan" }))
    expect(parsed.request).toMatchObject({ title: "Kursi", handle: "kursi-rotan", licences: { pirt: null, bpom_md: null, halal: null } })
  })

  it("reads a variant row", () => {
    expect(readVariant(form({ title: "500 g", sku: "", price: "80.000", manage_inventory: "on" })).request).toEqual({
      title: "500 g",
      sku: null,
      price: 80000,
      manage_inventory: true,
      weight: null,
    })
    expect(readVariant(form({ title: "1 kg", price: "80000", weight: "1.050" })).request?.weight).toBe(1050)
    expect(readVariant(form({ title: "500 g", price: "-5", weight: "berat" })).fieldErrors).toEqual({ price: "error.price", weight: "error.weight" })
  })
})

describe("readStockLevels", () => {
  it("sends only the changed rows and names the ones that are not numbers", () => {
    const data = form({ "was:v1": "5", "stock:v1": "5", "was:v2": "0", "stock:v2": "40", "was:v3": "3", "stock:v3": "tiga" })
    expect(readStockLevels(data)).toEqual({ levels: [{ variant_id: "v2", stocked_quantity: 40 }], invalid: ["v3"] })
  })
})

describe("services (jasa) in the product forms", () => {
  it("creates a service without stock tracking, opening stock, weight or size", () => {
    const parsed = readProductCreate(
      form({ title: "Cuci Mobil", kind: "service", weight: "500", length: "10", variant_title: "Sedan", price: "35.000", stock: "12" })
    )
    expect(parsed.fieldErrors).toEqual({})
    expect(parsed.stock).toBeNull()
    expect(parsed.request).toMatchObject({
      title: "Cuci Mobil",
      kind: "service",
      weight: null,
      length: null,
      variants: [{ title: "Sedan", price: 35000, manage_inventory: false }],
    })
  })
  it("sends the kind on edit, and goods stay goods", () => {
    expect(readProductUpdate(form({ title: "Cuci Mobil", kind: "service", weight: "900" })).request).toMatchObject({ kind: "service", weight: null })
    expect(readProductUpdate(form({ title: "Kursi", kind: "goods", weight: "900" })).request).toMatchObject({ kind: "goods", weight: 900 })
    expect(readProductCreate(form({ title: "Kursi", variant_title: "Standar", price: "1000" })).request?.variants[0].manage_inventory).toBe(true)
  })
  it("reads a service's variant row without stock or weight", () => {
    expect(readVariant(form({ kind: "service", title: "SUV", price: "50000", manage_inventory: "on", weight: "100" })).request).toEqual({
      title: "SUV",
      sku: null,
      price: 50000,
      manage_inventory: false,
      weight: null,
    })
  })
})
