/**
 * How a delivery option reads to the buyer: the courier and its service ("JNE Reguler"), the
 * estimate ("Estimasi 2–4 hari") and the price ("Rp 25.000", or "Gratis").
 */
import { courierByCode, type ShippingGroupOption } from "@karya-binaan/contracts"
import type { Translate } from "@/i18n"
import { rupiah } from "@/modules/cart/grouping"

type OptionFacts = Pick<ShippingGroupOption, "name" | "kind" | "courier" | "service" | "amount"> &
  Partial<Pick<ShippingGroupOption, "etd_min_days" | "etd_max_days">>

/** "JNE Reguler" from the courier list; a courier the list does not know keeps the backend's name. */
export function optionTitle(option: OptionFacts, t: Translate): string {
  if (option.kind === "pickup") return t("checkout.deliveryPickup")
  const courier = courierByCode(option.courier)
  if (courier && option.service) return `${courier.name} ${t(`checkout.service.${option.service}`)}`
  return option.name || t("checkout.deliveryCourier")
}

/** "Estimasi 2–4 hari" (or "Estimasi 3 hari"); null when the backend gave no estimate. */
export function optionEstimate(option: OptionFacts, t: Translate): string | null {
  const min = option.etd_min_days
  const max = option.etd_max_days ?? min
  if (typeof min !== "number" || typeof max !== "number") return null
  if (min === max) return t("checkout.deliveryEstimateOne", { days: min })
  return t("checkout.deliveryEstimate", { min: Math.min(min, max), max: Math.max(min, max) })
}

export function optionPrice(option: Pick<ShippingGroupOption, "amount">, t: Translate): string {
  return option.amount > 0 ? rupiah(option.amount) : t("checkout.free")
}
