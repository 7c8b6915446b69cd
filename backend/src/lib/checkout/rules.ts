/**
 * What a cart must have before it may become an order (checked on POST /store/carts/:id/complete,
 * before Medusa creates anything): items, a complete Indonesian shipping address and exactly one
 * shipping method from each lapas whose products are in the cart. Pure, so it is unit tested.
 */

export interface CheckoutAddress {
  province?: string | null
  city?: string | null
  /** The kecamatan (", kelurahan" may follow), as a standard Medusa client sends it. */
  address_2?: string | null
  postal_code?: string | null
  phone?: string | null
  metadata?: Record<string, unknown> | null
}

export interface CheckoutFacts {
  /** The cart's lines with the lapas of their product (null when the product has none). */
  items: { id: string; lapas_id: string | null }[]
  shipping_address: CheckoutAddress | null
  /** The cart's shipping methods with the lapas their option ships from. */
  shipping_methods: { id: string; lapas_id: string | null }[]
  /** Names of the lapas above, for the messages. */
  lapas_names: Record<string, string>
}

export type CheckoutProblemField =
  | "items"
  | "shipping_address"
  | "province"
  | "city"
  | "district"
  | "postal_code"
  | "phone"
  | "shipping_methods"

export interface CheckoutProblem {
  field: CheckoutProblemField
  message: string
}

const blank = (value: unknown) => typeof value !== "string" || value.trim() === ""

/** A 5-digit Indonesian postal code (kode pos). */
export function isPostalCode(value: string | null | undefined) {
  return typeof value === "string" && /^\d{5}$/.test(value.trim())
}

/**
 * An Indonesian mobile number as buyers write it: 08… or +628…, 10–15 digits, spaces, dots,
 * dashes and parentheses allowed between them.
 */
export function isIndonesianPhone(value: string | null | undefined) {
  if (typeof value !== "string") return false
  const compact = value.trim().replace(/[\s.\-()]/g, "")
  if (!/^(\+62|0)8\d+$/.test(compact)) return false
  const digits = compact.replace(/\D/g, "").length
  return digits >= 10 && digits <= 15
}

export function checkoutProblems(facts: CheckoutFacts): CheckoutProblem[] {
  if (!facts.items.length) {
    return [{ field: "items", message: "Keranjang Anda kosong. Tambahkan produk sebelum membuat pesanan." }]
  }
  const problems: CheckoutProblem[] = []
  const address = facts.shipping_address
  if (!address) {
    problems.push({ field: "shipping_address", message: "Isi alamat pengiriman terlebih dahulu." })
  } else {
    if (blank(address.province)) {
      problems.push({ field: "province", message: "Pilih provinsi pada alamat pengiriman." })
    }
    if (blank(address.city)) {
      problems.push({ field: "city", message: "Isi kota/kabupaten pada alamat pengiriman." })
    }
    if (blank(address.address_2) && blank(address.metadata?.district)) {
      problems.push({ field: "district", message: "Isi kecamatan pada alamat pengiriman." })
    }
    if (blank(address.postal_code)) {
      problems.push({ field: "postal_code", message: "Isi kode pos (5 angka) pada alamat pengiriman." })
    } else if (!isPostalCode(address.postal_code)) {
      problems.push({
        field: "postal_code",
        message: `Kode pos "${address.postal_code!.trim()}" tidak valid: kode pos terdiri dari 5 angka, misalnya 60241.`,
      })
    }
    if (blank(address.phone)) {
      problems.push({
        field: "phone",
        message: "Isi nomor telepon penerima, diawali 08 atau +628 (10–15 angka).",
      })
    } else if (!isIndonesianPhone(address.phone)) {
      problems.push({
        field: "phone",
        message: `Nomor telepon "${address.phone!.trim()}" tidak valid: gunakan nomor Indonesia yang diawali 08 atau +628, 10–15 angka.`,
      })
    }
  }

  const nameOf = (lapasId: string) => facts.lapas_names[lapasId] ?? "lapas ini"
  const lapasInCart = [...new Set(facts.items.map((i) => i.lapas_id).filter((id): id is string => !!id))]
  for (const lapasId of lapasInCart) {
    const methods = facts.shipping_methods.filter((m) => m.lapas_id === lapasId)
    if (methods.length === 0) {
      problems.push({
        field: "shipping_methods",
        message: `Pilih pengiriman untuk produk dari ${nameOf(lapasId)}.`,
      })
    } else if (methods.length > 1) {
      problems.push({
        field: "shipping_methods",
        message: `Pilih satu pengiriman saja untuk produk dari ${nameOf(lapasId)}.`,
      })
    }
  }
  const stray = facts.shipping_methods.filter((m) => !m.lapas_id || !lapasInCart.includes(m.lapas_id))
  if (stray.length) {
    const names = [...new Set(stray.map((m) => (m.lapas_id ? nameOf(m.lapas_id) : null)).filter(Boolean))]
    problems.push({
      field: "shipping_methods",
      message: names.length
        ? `Keranjang tidak lagi berisi produk dari ${names.join(", ")}, tetapi pengirimannya masih terpilih; pilih ulang pengiriman.`
        : "Ada pengiriman yang tidak berasal dari lapas mana pun; pilih ulang pengiriman.",
    })
  }
  return problems
}

/** One message for the 400: what to fix, in the order the checkout asks for it. */
export function checkoutRefusalMessage(problems: CheckoutProblem[]) {
  return `Pesanan belum bisa dibuat. ${problems.map((p) => p.message).join(" ")}`
}

/**
 * Checks a choice of options against the cart: each must be offered to this cart, come from a
 * lapas whose products are in it, and each such lapas must get exactly one. Returns the
 * refusal's sentences (empty when the choice is valid).
 */
export function shippingChoiceProblems(
  optionIds: string[],
  context: {
    lapasInCart: { id: string; name: string }[]
    available: { id: string; lapas_id: string | null }[]
    optionLapas: Map<string, string | null>
    lapasNames: Record<string, string>
  }
) {
  const problems: string[] = []
  const unique = [...new Set(optionIds)]
  if (unique.length !== optionIds.length) {
    problems.push("Setiap opsi pengiriman cukup dipilih sekali.")
  }
  const available = new Map(context.available.map((o) => [o.id, o.lapas_id]))
  const inCart = new Set(context.lapasInCart.map((l) => l.id))
  for (const id of unique) {
    if (!available.has(id)) {
      const lapasId = context.optionLapas.get(id)
      problems.push(
        lapasId && inCart.has(lapasId)
          ? `Opsi pengiriman ${id} dari ${context.lapasNames[lapasId] ?? "lapas ini"} tidak tersedia untuk alamat atau isi keranjang ini.`
          : `Opsi pengiriman ${id} tidak tersedia untuk keranjang ini.`
      )
      continue
    }
    const lapasId = available.get(id)
    if (!lapasId || !inCart.has(lapasId)) {
      problems.push(
        `Opsi pengiriman ${id} berasal dari ${lapasId ? context.lapasNames[lapasId] ?? "lapas lain" : "lokasi tanpa lapas"}, yang produknya tidak ada di keranjang.`
      )
    }
  }
  for (const lapas of context.lapasInCart) {
    const chosen = unique.filter((id) => available.get(id) === lapas.id)
    if (chosen.length === 0) {
      problems.push(`Pilih satu opsi pengiriman untuk produk dari ${lapas.name}.`)
    } else if (chosen.length > 1) {
      problems.push(`Pilih hanya satu opsi pengiriman untuk produk dari ${lapas.name}.`)
    }
  }
  return problems
}
