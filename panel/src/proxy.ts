import { NextResponse, type NextRequest } from "next/server"
import { isPublicPath } from "./lib/navigation"

/** Same name as SESSION_COOKIE in lib/data/session-cookie.ts (that file is server-only). */
const SESSION_COOKIE = "kb_member"

/**
 * Sends a visitor without a session cookie to /masuk?next=<where they wanted to go>. It only looks
 * at the cookie: whether the token is still valid is the API's call (lapasApi handles its 401).
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  if (isPublicPath(pathname) || request.cookies.get(SESSION_COOKIE)?.value) return NextResponse.next()
  const login = new URL("/masuk", request.url)
  if (pathname !== "/") login.searchParams.set("next", `${pathname}${search}`)
  return NextResponse.redirect(login)
}

export const config = {
  // Everything but Next's assets and the files at the root (icon, robots.txt).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
}
