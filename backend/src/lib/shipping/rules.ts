import { courierByCode, type CourierOptionData } from "@karya-binaan/contracts"

/**
 * Shipping option rules that keep each lapas's options to carts with its products. Medusa lists
 * an option only when every rule holds against the context our setShippingOptionsContext hook
 * builds (workflows/hooks/shipping-options-context.ts):
 *   cart_lapas.<lapas id> = "true"   for every lapas with lines in the cart
 *   parcel_kg.<lapas id>  = "<n>"    that lapas's chargeable weight in whole kilograms
 *   destination_province  = "<code>" the province of the cart's shipping address ("35")
 * so a cart is never offered another lapas's courier, a sofa never a parcel service, and no
 * courier whose rate table has no row for the destination.
 */

type Rule =
  | { attribute: string; operator: "eq" | "gte" | "lte"; value: string }
  | { attribute: string; operator: "in"; value: string[] }

/** Medusa's own rule that offers an option in the store ("true") or not ("false"). */
export const ENABLED_IN_STORE = "enabled_in_store"

/** Rule values come back as stored (JSON text for some); `value` as the rule meant it. */
function ruleValue(value: unknown) {
  if (typeof value !== "string") return value
  try {
    return JSON.parse(value)
  } catch {
    return value
  }
}

/** An option is offered in the store unless its enabled_in_store rule says "false". */
export function isEnabledInStore(rules: { attribute: string; value: unknown }[] | null | undefined) {
  const rule = (rules ?? []).find((r) => r?.attribute === ENABLED_IN_STORE)
  return !rule || String(ruleValue(rule.value)) === "true"
}

const storeRules: Rule[] = [
  { attribute: ENABLED_IN_STORE, operator: "eq", value: "true" },
  { attribute: "is_return", operator: "eq", value: "false" },
]

export const cartLapasAttribute = (lapasId: string) => `cart_lapas.${lapasId}`
export const parcelKgAttribute = (lapasId: string) => `parcel_kg.${lapasId}`

export function pickupOptionRules(lapasId: string): Rule[] {
  return [...storeRules, { attribute: cartLapasAttribute(lapasId), operator: "eq", value: "true" }]
}

export const DESTINATION_PROVINCE = "destination_province"

/** The provinces a rate table serves: its province rows and the provinces of its kabupaten rows. */
export function servedProvinces(rates: CourierOptionData["rates"]) {
  return [...new Set(rates.map((r) => r.zone.split(".")[0]))].sort()
}

export function courierOptionRules(lapasId: string, data: Pick<CourierOptionData, "courier" | "service" | "rates">): Rule[] {
  const service = courierByCode(data.courier)?.services[data.service]
  const rules = pickupOptionRules(lapasId)
  rules.push({ attribute: DESTINATION_PROVINCE, operator: "in", value: servedProvinces(data.rates) })
  if (service?.min_kg) rules.push({ attribute: parcelKgAttribute(lapasId), operator: "gte", value: String(service.min_kg) })
  if (service?.max_kg) rules.push({ attribute: parcelKgAttribute(lapasId), operator: "lte", value: String(service.max_kg) })
  return rules
}
