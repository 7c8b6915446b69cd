/**
 * Pure checkout rules, run on the server before anything is sent to the backend.
 * Every error is a message key, so the page shows it in the buyer's language.
 * The backend checks the same things again when the cart is completed.
 */
import type { ShippingGroup, ShippingGroupOption } from "@karya-binaan/contracts"
import type { MessageKey } from "@/i18n"

export const CHECKOUT_STEPS = ["alamat", "pengiriman", "pembayaran", "tinjau"] as const
export type CheckoutStep = (typeof CHECKOUT_STEPS)[number]

export function isCheckoutStep(value: unknown): value is CheckoutStep {
  return typeof value === "string" && (CHECKOUT_STEPS as readonly string[]).includes(value)
}

/** `?langkah=` as a step; anything else is the first step. */
export function parseStep(value: string | string[] | undefined): CheckoutStep {
  const raw = Array.isArray(value) ? value[0] : value
  return isCheckoutStep(raw) ? raw : "alamat"
}

export function stepHref(step: CheckoutStep): string {
  return `/checkout?langkah=${step}`
}

export type FieldErrors<F extends string> = Partial<Record<F, MessageKey>>

export type Validated<T, F extends string> =
  | { ok: true; value: T }
  | { ok: false; errors: FieldErrors<F> }

// ---------------------------------------------------------------- address

export const ADDRESS_FIELDS = [
  "email",
  "name",
  "phone",
  "province",
  "city",
  "district",
  "village",
  "address",
  "postal_code",
] as const
export type AddressField = (typeof ADDRESS_FIELDS)[number]
export type AddressValues = Record<AddressField, string>

export const EMPTY_ADDRESS: AddressValues = {
  email: "",
  name: "",
  phone: "",
  province: "",
  city: "",
  district: "",
  village: "",
  address: "",
  postal_code: "",
}

const MAX_LENGTH: Record<AddressField, number> = {
  email: 254,
  name: 100,
  phone: 20,
  province: 100,
  city: 100,
  district: 100,
  village: 100,
  address: 255,
  postal_code: 10,
}

/** Collapse runs of whitespace and trim. */
export function clean(value: unknown): string {
  return typeof value === "string" ? value.replace(/\s+/g, " ").trim() : ""
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function isValidEmail(value: string): boolean {
  return EMAIL_PATTERN.test(value)
}

/**
 * An Indonesian mobile number as the backend stores it: `08…` or `+628…`, 10–15 digits.
 * Spaces, dashes, dots and brackets are dropped and `628…` gains its `+`. Null when invalid.
 */
export function normalizePhone(raw: string): string | null {
  let phone = raw.replace(/[\s\-().]/g, "")
  if (/^62/.test(phone)) phone = `+${phone}`
  if (!/^(?:\+628|08)\d+$/.test(phone)) return null
  const digits = phone.replace(/\D/g, "").length
  return digits >= 10 && digits <= 15 ? phone : null
}

/** Five digits (spaces removed), or null. */
export function normalizePostalCode(raw: string): string | null {
  const code = raw.replace(/\s/g, "")
  return /^\d{5}$/.test(code) ? code : null
}

export type NormalizedAddress = {
  email: string
  first_name: string
  last_name: string
  phone: string
  province: string
  city: string
  district: string
  /** Kelurahan/desa; optional, "" when not chosen. */
  village: string
  address_1: string
  postal_code: string
}

/** "Siti Nurhaliza Putri" → first "Siti Nurhaliza", last "Putri"; a single name stays first. */
export function splitName(name: string): { first_name: string; last_name: string } {
  const full = clean(name)
  const at = full.lastIndexOf(" ")
  if (at <= 0) return { first_name: full, last_name: "" }
  return { first_name: full.slice(0, at), last_name: full.slice(at + 1) }
}

export function joinName(first?: string | null, last?: string | null): string {
  return [first, last].map(clean).filter(Boolean).join(" ")
}

/** Read the address fields of a form (unknown fields ignored, missing ones empty). */
export function readAddressForm(form: FormData | Record<string, unknown>): AddressValues {
  const get = (key: string): unknown => (form instanceof FormData ? form.get(key) : form[key])
  const values = { ...EMPTY_ADDRESS }
  for (const field of ADDRESS_FIELDS) {
    const raw = get(field)
    values[field] = typeof raw === "string" ? raw.slice(0, 1000) : ""
  }
  return values
}

/**
 * Contact and delivery address of a checkout (or a saved address when `requireEmail` is false):
 * name, phone, province, kabupaten/kota, kecamatan (kelurahan/desa optional), street and a
 * five-digit postal code. Only presence and form here; that the areas belong together is checked
 * on the server against the area lists (lib/data/areas `checkAddressAreas`).
 */
export function validateAddress(
  input: AddressValues,
  { requireEmail = true }: { requireEmail?: boolean } = {}
): Validated<NormalizedAddress, AddressField> {
  const values = Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, clean(input[f])])) as AddressValues
  const errors: FieldErrors<AddressField> = {}

  for (const field of ADDRESS_FIELDS) {
    if (values[field].length > MAX_LENGTH[field]) errors[field] = "checkout.error.tooLong"
  }

  if (requireEmail) {
    if (!values.email) errors.email = "checkout.error.emailRequired"
    else if (!errors.email && !isValidEmail(values.email)) errors.email = "checkout.error.emailInvalid"
  }
  if (!values.name) errors.name = "checkout.error.nameRequired"

  const phone = normalizePhone(values.phone)
  if (!values.phone) errors.phone = "checkout.error.phoneRequired"
  else if (!phone) errors.phone = "checkout.error.phoneInvalid"

  if (!values.province) errors.province = "checkout.error.provinceRequired"
  if (!values.city) errors.city = "checkout.error.cityRequired"
  if (!values.district) errors.district = "checkout.error.districtRequired"
  if (!values.address) errors.address = "checkout.error.addressRequired"

  const postalCode = normalizePostalCode(values.postal_code)
  if (!values.postal_code) errors.postal_code = "checkout.error.postalCodeRequired"
  else if (!postalCode) errors.postal_code = "checkout.error.postalCodeInvalid"

  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return {
    ok: true,
    value: {
      email: values.email.toLowerCase(),
      ...splitName(values.name),
      phone: phone as string,
      province: values.province,
      city: values.city,
      district: values.district,
      village: values.village,
      address_1: values.address,
      postal_code: postalCode as string,
    },
  }
}

/** `address_2` of an Indonesian address: "<kecamatan>" or "<kecamatan>, <kelurahan/desa>". */
export function toAddress2(district: string, village?: string | null): string {
  return [clean(district), clean(village)].filter(Boolean).join(", ")
}

/**
 * The address body Medusa stores on the cart (or the customer), in the convention every client
 * can send: `province` the province's name, `city` the kabupaten/kota's name, `address_2` the
 * kecamatan (and the kelurahan/desa after a comma).
 */
export function toMedusaAddress(address: NormalizedAddress) {
  return {
    first_name: address.first_name,
    last_name: address.last_name,
    phone: address.phone,
    address_1: address.address_1,
    address_2: toAddress2(address.district, address.village),
    city: address.city,
    province: address.province,
    postal_code: address.postal_code,
    country_code: "id",
  }
}

export type StoredAddress = {
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  metadata?: Record<string, unknown> | null
}

/**
 * Kecamatan and kelurahan/desa of a stored address: from `address_2` ("Gubeng, Airlangga"), or,
 * for addresses saved before that convention, the kecamatan in `metadata.district`.
 */
export function areaPartsOf(address: StoredAddress | null | undefined): { district: string; village: string } {
  const [district = "", ...rest] = clean(address?.address_2).split(",")
  if (clean(district)) return { district: clean(district), village: clean(rest.join(",")) }
  const legacy = address?.metadata?.district
  return { district: typeof legacy === "string" ? clean(legacy) : "", village: "" }
}


/** Form values from a stored Medusa address (for prefilling and for checking completeness). */
export function addressValuesFrom(address: StoredAddress | null | undefined, email?: string | null): AddressValues {
  return {
    email: clean(email),
    name: joinName(address?.first_name, address?.last_name),
    phone: clean(address?.phone),
    province: clean(address?.province),
    city: clean(address?.city),
    ...areaPartsOf(address),
    address: clean(address?.address_1),
    postal_code: clean(address?.postal_code),
  }
}

// ---------------------------------------------------------------- delivery

/** Form field carrying the option chosen for one lapas. */
export function deliveryFieldName(lapasId: string): string {
  return `option_${lapasId}`
}

/** A lapas's options as the buyer reads them: couriers first (cheapest first), pickup last. */
export function orderedOptions<O extends ShippingGroupOption>(options: readonly O[]): O[] {
  return [...options].sort((a, b) => {
    if (a.kind !== b.kind) return a.kind === "pickup" ? 1 : b.kind === "pickup" ? -1 : 0
    return a.amount - b.amount || a.name.localeCompare(b.name)
  })
}

/**
 * The option a lapas's choice starts on: the one already chosen while it is still offered,
 * otherwise the cheapest courier (pickup is never chosen for the buyer); null when no courier.
 */
export function defaultOptionId(group: Pick<ShippingGroup, "options" | "selected_option_id">): string | null {
  const chosen = group.selected_option_id
  if (chosen && group.options.some((option) => option.id === chosen)) return chosen
  return orderedOptions(group.options).find((option) => option.kind === "courier")?.id ?? null
}

/**
 * Exactly one offered option per lapas. `chosen` maps lapas id → option id (from the form).
 * Errors are keyed by lapas id.
 */
export function validateDelivery(
  groups: ShippingGroup[],
  chosen: Record<string, string | undefined>
): Validated<string[], string> {
  const errors: FieldErrors<string> = {}
  const optionIds: string[] = []
  for (const group of groups) {
    const choice = chosen[group.lapas.id]
    if (!choice) errors[group.lapas.id] = "checkout.error.deliveryRequired"
    else if (!group.options.some((option) => option.id === choice)) {
      errors[group.lapas.id] = "checkout.error.deliveryInvalid"
    } else optionIds.push(choice)
  }
  if (groups.length === 0) errors._cart = "checkout.error.emptyCart"
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: optionIds }
}

// ---------------------------------------------------------------- payment

export function validatePaymentChoice(
  providerId: string | null | undefined,
  availableIds: readonly string[]
): Validated<string, "provider_id"> {
  if (!providerId) return { ok: false, errors: { provider_id: "checkout.error.paymentRequired" } }
  if (!availableIds.includes(providerId)) {
    return { ok: false, errors: { provider_id: "checkout.error.paymentUnavailable" } }
  }
  return { ok: true, value: providerId }
}

// ---------------------------------------------------------------- whole checkout

/** What the checkout knows about the cart, reduced to what the rules need. */
export type CheckoutSnapshot = {
  itemCount: number
  email: string | null | undefined
  address: StoredAddress | null | undefined
  /** null when not loaded (the delivery rules are then not checked). */
  groups: ShippingGroup[] | null
  paymentProviderId: string | null | undefined
}

export type CheckoutProblem = { step: CheckoutStep; key: MessageKey }

/** Everything that stops an order, in step order. An empty cart stops everything. */
export function checkoutProblems(snapshot: CheckoutSnapshot): CheckoutProblem[] {
  if (snapshot.itemCount <= 0) return [{ step: "alamat", key: "checkout.error.emptyCart" }]
  const problems: CheckoutProblem[] = []
  const address = validateAddress(addressValuesFrom(snapshot.address, snapshot.email))
  if (!address.ok) {
    const seen = new Set<MessageKey>()
    for (const field of ADDRESS_FIELDS) {
      const key = address.errors[field]
      if (key && !seen.has(key)) {
        seen.add(key)
        problems.push({ step: "alamat", key })
      }
    }
  }
  if (snapshot.groups) {
    const missing = snapshot.groups.some(
      (g) => !g.selected_option_id || !g.options.some((o) => o.id === g.selected_option_id)
    )
    if (snapshot.groups.length === 0) problems.push({ step: "pengiriman", key: "checkout.error.emptyCart" })
    else if (missing) problems.push({ step: "pengiriman", key: "checkout.error.deliveryRequired" })
  }
  if (!snapshot.paymentProviderId) problems.push({ step: "pembayaran", key: "checkout.error.paymentRequired" })
  return problems
}

/** The step a buyer asking for `wanted` may see: never past the first step that is not done. */
export function allowedStep(wanted: CheckoutStep, snapshot: CheckoutSnapshot): CheckoutStep {
  const problems = checkoutProblems(snapshot)
  const wantedIndex = CHECKOUT_STEPS.indexOf(wanted)
  for (const problem of problems) {
    const index = CHECKOUT_STEPS.indexOf(problem.step)
    if (index < wantedIndex) return problem.step
  }
  return wanted
}
