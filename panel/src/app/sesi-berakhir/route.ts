import { NextResponse, type NextRequest } from "next/server"
import { SESSION_COOKIE } from "@/lib/data/session-cookie"

/**
 * Where the data layer sends a member whose token the API refused (401): a page cannot change
 * cookies while it renders, a route handler can. Clears the session and goes to the login page.
 */
export function GET(request: NextRequest) {
  const response = NextResponse.redirect(new URL("/masuk?sesi=berakhir", request.url))
  response.cookies.delete({ name: SESSION_COOKIE, path: "/" })
  return response
}
