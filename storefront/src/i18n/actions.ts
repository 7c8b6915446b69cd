"use server"

import { cookies, headers } from "next/headers"
import { redirect } from "next/navigation"
import { getStorefrontUrl } from "@/lib/config"
import { rememberCartLocale } from "@/lib/data/cart"
import { safeReturnPath } from "@/lib/util/routes"
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, defaultLocale, isLocale } from "./index"

// A "use server" file may export async functions only.

/** Path and query of the Referer, when it is this site (fallback for a form without `path`). */
function refererPath(referer: string | null, host: string | null): string | null {
  if (!referer || !host) return null
  try {
    const url = new URL(referer)
    return url.host === host ? `${url.pathname}${url.search}` : null
  } catch {
    return null
  }
}

/**
 * The language switch: stores the chosen locale in the `locale` cookie for a year and sends the
 * buyer back to the page they were on, query included. Works as a plain form POST without JavaScript.
 * An open cart gets the language too (`metadata.locale`).
 */
export async function setLocale(formData: FormData): Promise<void> {
  const requested = formData.get("locale")
  const locale = isLocale(requested) ? requested : defaultLocale
  const store = await cookies()
  store.set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: LOCALE_COOKIE_MAX_AGE,
    sameSite: "lax",
    secure: getStorefrontUrl().startsWith("https:"),
  })
  try {
    // The order made from the cart keeps the language its emails are written in.
    await rememberCartLocale(locale)
  } catch (error) {
    console.warn("[storefront] could not record the language on the cart", error)
  }
  const posted = formData.get("path")
  let target = typeof posted === "string" && posted ? posted : null
  if (!target) {
    const h = await headers()
    target = refererPath(h.get("referer"), h.get("host"))
  }
  redirect(safeReturnPath(target ?? "/"))
}
