import "server-only"
import { cookies } from "next/headers"

/** httpOnly cookie holding the member's bearer token (page scripts never read it). */
export const SESSION_COOKIE = "kb_member"
/** Medusa's auth tokens last a day by default; the cookie does not outlive them by much. */
export const SESSION_MAX_AGE = 60 * 60 * 24

export async function getSessionToken(): Promise<string | undefined> {
  const store = await cookies()
  return store.get(SESSION_COOKIE)?.value || undefined
}

export async function setSessionCookie(token: string): Promise<void> {
  const store = await cookies()
  store.set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: SESSION_MAX_AGE,
  })
}

export async function clearSessionCookie(): Promise<void> {
  const store = await cookies()
  store.delete({ name: SESSION_COOKIE, path: "/" })
}
