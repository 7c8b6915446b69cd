import { describe, expect, it } from "vitest"
import {
  checkoutProblems,
  checkoutRefusalMessage,
  isIndonesianPhone,
  isPostalCode,
  shippingChoiceProblems,
  type CheckoutFacts,
} from "./rules"

const A = "lapas_a"
const B = "lapas_b"
const names = { [A]: "Lapas Kelas IIA Bojonegoro", [B]: "Lapas Kelas I Surabaya" }

const address = {
  province: "Jawa Timur",
  city: "Surabaya",
  postal_code: "60241",
  phone: "081234567890",
  metadata: { district: "Tegalsari" },
}

function facts(overrides: Partial<CheckoutFacts> = {}): CheckoutFacts {
  return {
    items: [
      { id: "item_1", lapas_id: A },
      { id: "item_2", lapas_id: B },
    ],
    shipping_address: address,
    shipping_methods: [
      { id: "sm_1", lapas_id: A },
      { id: "sm_2", lapas_id: B },
    ],
    lapas_names: names,
    ...overrides,
  }
}

const fields = (f: CheckoutFacts) => checkoutProblems(f).map((p) => p.field)

describe("isPostalCode", () => {
  it.each([
    ["60241", true],
    [" 10110 ", true],
    ["6024", false],
    ["602411", false],
    ["60 241", false],
    ["6024a", false],
    ["", false],
  ])("%j → %s", (value, ok) => {
    expect(isPostalCode(value)).toBe(ok)
  })
  it("refuses a missing value", () => {
    expect(isPostalCode(null)).toBe(false)
    expect(isPostalCode(undefined)).toBe(false)
  })
})

describe("isIndonesianPhone", () => {
  it.each([
    ["081234567890", true],
    ["0812345678", true], // 10 digits, the shortest
    ["081234567890123", true], // 15 digits, the longest
    ["+6281234567890", true],
    ["+62 812-3456-7890", true],
    ["(0812) 3456 7890", true],
    ["081234567", false], // 9 digits
    ["0812345678901234", false], // 16 digits
    ["+62812345678901234", false], // 17 digits
    ["021345678901", false], // a landline, not 08…
    ["6281234567890", false], // 62 without +
    ["+6581234567", false], // another country
    ["0812-3456-789x", false],
    ["", false],
  ])("%j → %s", (value, ok) => {
    expect(isIndonesianPhone(value)).toBe(ok)
  })
})

describe("checkoutProblems", () => {
  it("accepts a complete cart with one method per lapas", () => {
    expect(checkoutProblems(facts())).toEqual([])
  })

  it("refuses an empty cart, and only says that", () => {
    const problems = checkoutProblems(facts({ items: [], shipping_address: null, shipping_methods: [] }))
    expect(problems).toEqual([{ field: "items", message: expect.stringContaining("Keranjang Anda kosong") }])
  })

  it("asks for an address when there is none", () => {
    expect(fields(facts({ shipping_address: null }))).toEqual(["shipping_address"])
  })

  it.each([
    ["province", { province: " " }],
    ["city", { city: null }],
    ["district", { metadata: {} }],
    ["district", { metadata: null }],
    ["district", { metadata: { district: "  " } }],
    ["district", { metadata: null, address_2: " " }],
    ["postal_code", { postal_code: "" }],
    ["postal_code", { postal_code: "6024" }],
    ["phone", { phone: null }],
    ["phone", { phone: "12345" }],
  ])("refuses a missing or invalid %s", (field, change) => {
    expect(fields(facts({ shipping_address: { ...address, ...change } }))).toEqual([field])
  })

  it("takes the kecamatan from address_2, as a standard Medusa client sends it", () => {
    expect(fields(facts({ shipping_address: { ...address, metadata: null, address_2: "Tegalsari" } }))).toEqual([])
  })

  it("names the bad postal code and phone in Indonesian", () => {
    const problems = checkoutProblems(
      facts({ shipping_address: { ...address, postal_code: "123", phone: "0211234" } })
    )
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^Kode pos "123" tidak valid: kode pos terdiri dari 5 angka/),
      expect.stringMatching(/^Nomor telepon "0211234" tidak valid: .*08 atau \+628, 10–15 angka/),
    ])
  })

  it("lists every problem at once", () => {
    const f = facts({
      shipping_address: { province: "", city: "", postal_code: "x", phone: "x", metadata: null },
      shipping_methods: [],
    })
    expect(fields(f)).toEqual([
      "province",
      "city",
      "district",
      "postal_code",
      "phone",
      "shipping_methods",
      "shipping_methods",
    ])
  })

  it("refuses a lapas without a shipping method, naming it", () => {
    const problems = checkoutProblems(facts({ shipping_methods: [{ id: "sm_1", lapas_id: A }] }))
    expect(problems).toEqual([
      { field: "shipping_methods", message: `Pilih pengiriman untuk produk dari ${names[B]}.` },
    ])
  })

  it("refuses two methods for one lapas", () => {
    const problems = checkoutProblems(
      facts({
        shipping_methods: [
          { id: "sm_1", lapas_id: A },
          { id: "sm_2", lapas_id: B },
          { id: "sm_3", lapas_id: B },
        ],
      })
    )
    expect(problems.map((p) => p.message)).toEqual([`Pilih satu pengiriman saja untuk produk dari ${names[B]}.`])
  })

  it("refuses a method left over from a lapas no longer in the cart", () => {
    const problems = checkoutProblems(
      facts({ items: [{ id: "item_1", lapas_id: A }] })
    )
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining(`tidak lagi berisi produk dari ${names[B]}`),
    ])
  })

  it("one message says what to fix", () => {
    const message = checkoutRefusalMessage(checkoutProblems(facts({ shipping_address: { ...address, city: "" } })))
    expect(message).toBe("Pesanan belum bisa dibuat. Isi kota/kabupaten pada alamat pengiriman.")
  })
})

describe("shippingChoiceProblems", () => {
  const context = {
    lapasInCart: [
      { id: A, name: names[A] },
      { id: B, name: names[B] },
    ],
    available: [
      { id: "so_courier_a", lapas_id: A },
      { id: "so_pickup_a", lapas_id: A },
      { id: "so_courier_b", lapas_id: B },
      { id: "so_courier_c", lapas_id: "lapas_c" },
    ],
    optionLapas: new Map<string, string | null>([["so_far_a", A]]),
    lapasNames: { ...names, lapas_c: "Lapas Kelas I Semarang" },
  }

  it("accepts one available option per lapas", () => {
    expect(shippingChoiceProblems(["so_pickup_a", "so_courier_b"], context)).toEqual([])
  })

  it("refuses a missing lapas", () => {
    expect(shippingChoiceProblems(["so_courier_a"], context)).toEqual([
      `Pilih satu opsi pengiriman untuk produk dari ${names[B]}.`,
    ])
  })

  it("refuses two options of one lapas", () => {
    expect(shippingChoiceProblems(["so_courier_a", "so_pickup_a", "so_courier_b"], context)).toEqual([
      `Pilih hanya satu opsi pengiriman untuk produk dari ${names[A]}.`,
    ])
  })

  it("refuses an option of a lapas not in the cart", () => {
    expect(shippingChoiceProblems(["so_courier_a", "so_courier_b", "so_courier_c"], context)).toEqual([
      "Opsi pengiriman so_courier_c berasal dari Lapas Kelas I Semarang, yang produknya tidak ada di keranjang.",
    ])
  })

  it("refuses an option the cart is not offered", () => {
    expect(shippingChoiceProblems(["so_far_a", "so_courier_b"], context)).toEqual([
      `Opsi pengiriman so_far_a dari ${names[A]} tidak tersedia untuk alamat atau isi keranjang ini.`,
      `Pilih satu opsi pengiriman untuk produk dari ${names[A]}.`,
    ])
    expect(shippingChoiceProblems(["so_unknown", "so_courier_a", "so_courier_b"], context)).toEqual([
      "Opsi pengiriman so_unknown tidak tersedia untuk keranjang ini.",
    ])
  })

  it("refuses the same option twice", () => {
    expect(shippingChoiceProblems(["so_courier_a", "so_courier_a", "so_courier_b"], context)).toEqual([
      "Setiap opsi pengiriman cukup dipilih sekali.",
    ])
  })
})
