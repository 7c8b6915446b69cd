"use server"

import { cookies } from "next/headers"
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, defaultLocale, isLocale } from "./locale"

/**
 * The language switch: stores the choice in the `kb_lang` cookie for a year. Setting a cookie in a
 * server action makes Next render the current page again, so the member stays where they were.
 */
export async function setLocale(formData: FormData): Promise<void> {
  const requested = formData.get("locale")
  const store = await cookies()
  store.set(LOCALE_COOKIE, isLocale(requested) ? requested : defaultLocale, {
    path: "/",
    maxAge: LOCALE_COOKIE_MAX_AGE,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
  })
}
