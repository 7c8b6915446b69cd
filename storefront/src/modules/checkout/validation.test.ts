import type { ShippingGroup } from "@karya-binaan/contracts"
import { describe, expect, it } from "vitest"
import { createTranslator } from "@/i18n"
import {
  EMPTY_ADDRESS,
  allowedStep,
  checkoutProblems,
  normalizePhone,
  parseStep,
  splitName,
  toMedusaAddress,
  validateAddress,
  validateDelivery,
  validatePaymentChoice,
  type AddressValues,
  type CheckoutSnapshot,
} from "./validation"

const t = createTranslator("id")

const GOOD: AddressValues = {
  email: "Budi@Contoh.id ",
  name: "Budi  Santoso",
  phone: "0812-3456-7890",
  province: "Jawa Timur",
  city: "Kota Surabaya",
  district: "Gubeng",
  address: "Jl. Kertajaya No. 10, RT 02/RW 03",
  postal_code: "60281",
}

function invalid(values: Partial<AddressValues>) {
  const result = validateAddress({ ...GOOD, ...values })
  if (result.ok) throw new Error("expected the address to be refused")
  return result.errors
}

describe("validateAddress", () => {
  it("accepts a complete Indonesian address and normalises it", () => {
    const result = validateAddress(GOOD)
    expect(result).toEqual({
      ok: true,
      value: {
        email: "budi@contoh.id",
        first_name: "Budi",
        last_name: "Santoso",
        phone: "081234567890",
        province: "Jawa Timur",
        city: "Kota Surabaya",
        district: "Gubeng",
        address_1: "Jl. Kertajaya No. 10, RT 02/RW 03",
        postal_code: "60281",
      },
    })
  })

  it("refuses a missing postal code with an Indonesian message", () => {
    const errors = invalid({ postal_code: "  " })
    expect(errors).toEqual({ postal_code: "checkout.error.postalCodeRequired" })
    expect(t(errors.postal_code!)).toBe("Kode pos wajib diisi.")
  })

  it.each(["6028", "602811", "60a81", "60-281"])("refuses postal code %j (not 5 digits)", (postal_code) => {
    const errors = invalid({ postal_code })
    expect(errors.postal_code).toBe("checkout.error.postalCodeInvalid")
    expect(t(errors.postal_code!)).toBe("Kode pos harus 5 angka.")
  })

  it.each(["12345", "0812", "0712345678", "+6212345678901", "08123456789012345", "nomor saya", "+1 415 555 0100"])(
    "refuses phone %j",
    (phone) => {
      const errors = invalid({ phone })
      expect(errors.phone).toBe("checkout.error.phoneInvalid")
      expect(t(errors.phone!)).toMatch(/^Nomor HP tidak valid/)
    }
  )

  it("names every missing field at once", () => {
    const result = validateAddress(EMPTY_ADDRESS)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.errors).sort()).toEqual(
      ["address", "city", "district", "email", "name", "phone", "postal_code", "province"].sort()
    )
  })

  it("refuses a malformed email and overlong input", () => {
    expect(invalid({ email: "budi@contoh" }).email).toBe("checkout.error.emailInvalid")
    expect(invalid({ address: "x".repeat(256) }).address).toBe("checkout.error.tooLong")
  })

  it("does not ask for an email for saved account addresses", () => {
    expect(validateAddress({ ...GOOD, email: "" }, { requireEmail: false }).ok).toBe(true)
  })

  it("stores kecamatan in metadata and the country as id", () => {
    const result = validateAddress(GOOD)
    if (!result.ok) throw new Error("expected ok")
    expect(toMedusaAddress(result.value)).toMatchObject({
      country_code: "id",
      postal_code: "60281",
      metadata: { district: "Gubeng" },
    })
  })
})

describe("normalizePhone", () => {
  it.each([
    ["0812 3456 7890", "081234567890"],
    ["+62 812-3456-7890", "+6281234567890"],
    ["62 812 3456 7890", "+6281234567890"],
    ["(0812) 3456.789", "08123456789"],
    ["0812345678", "0812345678"],
  ])("%j → %j", (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected)
  })

  it("needs 10 to 15 digits", () => {
    expect(normalizePhone("081234567")).toBeNull()
    expect(normalizePhone("0812345678901234")).toBeNull()
    expect(normalizePhone("081234567890123")).toBe("081234567890123")
  })
})

describe("splitName", () => {
  it("keeps single names whole and splits at the last space", () => {
    expect(splitName("Sukarno")).toEqual({ first_name: "Sukarno", last_name: "" })
    expect(splitName(" Siti  Nur Aisyah ")).toEqual({ first_name: "Siti Nur", last_name: "Aisyah" })
  })
})

const groups: ShippingGroup[] = [
  {
    lapas: { id: "lapas_bjn", handle: "lapas-bojonegoro", name: "Lapas Kelas IIA Bojonegoro", city: "Bojonegoro" },
    item_ids: ["item_1"],
    options: [
      { id: "so_bjn_jne", name: "JNE Reguler", amount: 15000, kind: "courier" },
      { id: "so_bjn_pickup", name: "Ambil di lapas", amount: 0, kind: "pickup" },
    ],
    selected_option_id: null,
  },
  {
    lapas: { id: "lapas_sby", handle: "lapas-surabaya", name: "Lapas Kelas I Surabaya", city: "Surabaya" },
    item_ids: ["item_2"],
    options: [{ id: "so_sby_jne", name: "JNE Reguler", amount: 12000, kind: "courier" }],
    selected_option_id: null,
  },
]

describe("validateDelivery", () => {
  it("needs one offered option for every lapas", () => {
    expect(validateDelivery(groups, { lapas_bjn: "so_bjn_pickup", lapas_sby: "so_sby_jne" })).toEqual({
      ok: true,
      value: ["so_bjn_pickup", "so_sby_jne"],
    })
    expect(validateDelivery(groups, { lapas_bjn: "so_bjn_pickup" })).toEqual({
      ok: false,
      errors: { lapas_sby: "checkout.error.deliveryRequired" },
    })
  })

  it("refuses an option of another lapas", () => {
    const result = validateDelivery(groups, { lapas_bjn: "so_sby_jne", lapas_sby: "so_sby_jne" })
    expect(result).toEqual({ ok: false, errors: { lapas_bjn: "checkout.error.deliveryInvalid" } })
  })
})

describe("validatePaymentChoice", () => {
  it("takes only a provider the storefront offers", () => {
    expect(validatePaymentChoice("pp_system_default", ["pp_system_default"])).toEqual({
      ok: true,
      value: "pp_system_default",
    })
    expect(validatePaymentChoice(null, ["pp_system_default"])).toMatchObject({
      errors: { provider_id: "checkout.error.paymentRequired" },
    })
    expect(validatePaymentChoice("pp_stripe_stripe", ["pp_system_default"])).toMatchObject({
      errors: { provider_id: "checkout.error.paymentUnavailable" },
    })
  })
})

describe("checkoutProblems and allowedStep", () => {
  const address = {
    first_name: "Budi",
    last_name: "Santoso",
    phone: "081234567890",
    address_1: "Jl. Kertajaya 10",
    city: "Kota Surabaya",
    province: "Jawa Timur",
    postal_code: "60281",
    metadata: { district: "Gubeng" },
  }
  const ready: CheckoutSnapshot = {
    itemCount: 2,
    email: "budi@contoh.id",
    address,
    groups: groups.map((g) => ({ ...g, selected_option_id: g.options[0].id })),
    paymentProviderId: "pp_system_default",
  }

  it("finds nothing wrong with a complete checkout", () => {
    expect(checkoutProblems(ready)).toEqual([])
    expect(allowedStep("tinjau", ready)).toBe("tinjau")
  })

  it("refuses an empty cart before anything else", () => {
    const problems = checkoutProblems({ ...ready, itemCount: 0 })
    expect(problems).toEqual([{ step: "alamat", key: "checkout.error.emptyCart" }])
    expect(t(problems[0].key)).toBe("Keranjang Anda kosong. Tambahkan produk sebelum membuat pesanan.")
  })

  it("sends the buyer back to the first unfinished step", () => {
    const noPostalCode = { ...ready, address: { ...address, postal_code: "" } }
    expect(checkoutProblems(noPostalCode)).toEqual([{ step: "alamat", key: "checkout.error.postalCodeRequired" }])
    expect(allowedStep("tinjau", noPostalCode)).toBe("alamat")

    const noDistrict = { ...ready, address: { ...address, metadata: {} } }
    expect(allowedStep("pembayaran", noDistrict)).toBe("alamat")

    const oneLapasMissing = { ...ready, groups: [ready.groups![0], groups[1]] }
    expect(allowedStep("tinjau", oneLapasMissing)).toBe("pengiriman")
    expect(allowedStep("pengiriman", oneLapasMissing)).toBe("pengiriman")

    expect(allowedStep("tinjau", { ...ready, paymentProviderId: null })).toBe("pembayaran")
    expect(allowedStep("alamat", { ...ready, paymentProviderId: null })).toBe("alamat")
  })
})

describe("parseStep", () => {
  it("falls back to the address step", () => {
    expect(parseStep("pengiriman")).toBe("pengiriman")
    expect(parseStep(["tinjau", "alamat"])).toBe("tinjau")
    expect(parseStep("bayar")).toBe("alamat")
    expect(parseStep(undefined)).toBe("alamat")
  })
})
