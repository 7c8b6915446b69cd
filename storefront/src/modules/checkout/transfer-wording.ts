/**
 * What a bank transfer means for this cart, said before the order is placed: each lapas has its
 * own treasurer account, so a cart from several lapas is paid with one transfer per lapas.
 */
import type { Locale, Translate } from "@/i18n"

/** "Lapas A dan Lapas B", "A, B, dan C" (English: "A, B, and C"), by the platform's list format. */
export function lapasList(names: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale === "en" ? "en" : "id", { style: "long", type: "conjunction" }).format(names)
}

/** The distinct, non-empty lapas names, in the cart's order. */
function distinct(names: readonly (string | null | undefined)[]): string[] {
  return [...new Set(names.map((name) => name?.trim() ?? "").filter(Boolean))]
}

/**
 * "Pesanan ini dari 2 lapas (A dan B): Anda akan mentransfer 2 kali, …" or, for one lapas, "…
 * Anda mentransfer sekali …". null when no lapas is known (the caller keeps its general text).
 */
export function transferPlan(names: readonly (string | null | undefined)[], t: Translate, locale: Locale): string | null {
  const lapas = distinct(names)
  if (lapas.length === 0) return null
  if (lapas.length === 1) return t("checkout.transferOnce", { lapas: lapas[0] })
  return t("checkout.transferPerLapas", { count: lapas.length, lapas: lapasList(lapas, locale) })
}

/** The notice above "Buat pesanan": the plan and when the order (or each part) is processed. */
export function placeOrderTransferNotice(names: readonly (string | null | undefined)[], t: Translate, locale: Locale): string {
  const plan = transferPlan(names, t, locale)
  if (!plan) return t("checkout.bankTransferNotice")
  const processed = distinct(names).length > 1 ? t("checkout.transferProcessedPerLapas") : t("checkout.transferProcessedOnce")
  return `${plan} ${processed}`
}

/** The cart's note for several lapas (null for one): delivery per lapas, one transfer per lapas. */
export function cartMultiLapasNote(names: readonly (string | null | undefined)[], t: Translate, locale: Locale): string | null {
  const lapas = distinct(names)
  if (lapas.length < 2) return null
  return t("cart.multiLapasNote", { count: lapas.length, lapas: lapasList(lapas, locale) })
}
