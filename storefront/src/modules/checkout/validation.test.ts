import type { CourierService, ShippingGroup, ShippingGroupOption } from "@karya-binaan/contracts"
import { describe, expect, it } from "vitest"
import { createTranslator } from "@/i18n"
import {
  EMPTY_ADDRESS,
  addressValuesFrom,
  allowedStep,
  checkoutProblems,
  defaultOptionId,
  normalizePhone,
  orderedOptions,
  parseStep,
  splitName,
  toAddress2,
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
  village: "Airlangga",
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
        village: "Airlangga",
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

  it("does not need a kelurahan/desa", () => {
    const result = validateAddress({ ...GOOD, village: " " })
    expect(result.ok && result.value.village).toBe("")
  })

  it("sends kecamatan and kelurahan in address_2, names in province and city, no metadata", () => {
    const result = validateAddress(GOOD)
    if (!result.ok) throw new Error("expected ok")
    const body = toMedusaAddress(result.value)
    expect(body).toMatchObject({
      country_code: "id",
      province: "Jawa Timur",
      city: "Kota Surabaya",
      address_1: "Jl. Kertajaya No. 10, RT 02/RW 03",
      address_2: "Gubeng, Airlangga",
      postal_code: "60281",
    })
    expect(body).not.toHaveProperty("metadata")
    expect(toAddress2("Gubeng", "")).toBe("Gubeng")
  })
})

describe("addressValuesFrom", () => {
  const stored = {
    first_name: "Budi",
    last_name: "Santoso",
    phone: "081234567890",
    address_1: "Jl. Kertajaya 10",
    city: "Kota Surabaya",
    province: "Jawa Timur",
    postal_code: "60281",
  }

  it("reads kecamatan and kelurahan from address_2", () => {
    expect(addressValuesFrom({ ...stored, address_2: "Gubeng, Airlangga" })).toMatchObject({
      district: "Gubeng",
      village: "Airlangga",
    })
    expect(addressValuesFrom({ ...stored, address_2: " Gubeng " })).toMatchObject({ district: "Gubeng", village: "" })
  })

  it("still reads the kecamatan of an address saved in metadata.district", () => {
    expect(addressValuesFrom({ ...stored, metadata: { district: "Tegalsari" } })).toMatchObject({
      district: "Tegalsari",
      village: "",
    })
    expect(addressValuesFrom({ ...stored, address_2: "Gubeng", metadata: { district: "Tegalsari" } }).district).toBe(
      "Gubeng"
    )
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

function courier(id: string, amount: number, service: CourierService = "regular"): ShippingGroupOption {
  return { id, name: `JNE ${service}`, amount, kind: "courier", courier: "jne", service, etd_min_days: 2, etd_max_days: 4 }
}

const groups: ShippingGroup[] = [
  {
    lapas: { id: "lapas_bjn", handle: "lapas-bojonegoro", name: "Lapas Kelas IIA Bojonegoro", city: "Bojonegoro" },
    item_ids: ["item_1"],
    options: [
      courier("so_bjn_jne", 15000),
      { ...courier("so_bjn_pickup", 0), name: "Ambil di lapas", kind: "pickup", courier: null, service: null },
    ],
    selected_option_id: null,
  },
  {
    lapas: { id: "lapas_sby", handle: "lapas-surabaya", name: "Lapas Kelas I Surabaya", city: "Surabaya" },
    item_ids: ["item_2"],
    options: [courier("so_sby_jne", 12000)],
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

describe("orderedOptions and defaultOptionId", () => {
  const pickup = { ...courier("so_pickup", 0), name: "Ambil di lapas", kind: "pickup" as const, courier: null, service: null }
  const options = [pickup, courier("so_yes", 41000, "express"), courier("so_reg", 25000)]

  it("lists couriers cheapest first and pickup last", () => {
    expect(orderedOptions(options).map((o) => o.id)).toEqual(["so_reg", "so_yes", "so_pickup"])
  })

  it("starts on the cheapest courier, never on pickup", () => {
    expect(defaultOptionId({ options, selected_option_id: null })).toBe("so_reg")
    expect(defaultOptionId({ options: [pickup], selected_option_id: null })).toBeNull()
  })

  it("keeps the buyer's choice while it is still offered", () => {
    expect(defaultOptionId({ options, selected_option_id: "so_pickup" })).toBe("so_pickup")
    expect(defaultOptionId({ options, selected_option_id: "so_gone" })).toBe("so_reg")
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
    address_2: "Gubeng, Airlangga",
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

    const noDistrict = { ...ready, address: { ...address, address_2: "" } }
    expect(allowedStep("pembayaran", noDistrict)).toBe("alamat")
    const legacyDistrict = { ...ready, address: { ...address, address_2: null, metadata: { district: "Gubeng" } } }
    expect(allowedStep("tinjau", legacyDistrict)).toBe("tinjau")

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
