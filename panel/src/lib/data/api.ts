import "server-only"
import { redirect } from "next/navigation"
import { getBackendUrl } from "../config"
import { ApiError } from "./errors"
import { clearSessionCookie, getSessionToken } from "./session-cookie"

export { ApiError, isApiError } from "./errors"

/** Where a request that the API refused with 401 ends: clears the cookie, then /masuk. */
export const SESSION_ENDED_PATH = "/sesi-berakhir"

export type ApiInit = Omit<RequestInit, "body"> & {
  /** Sent as JSON (FormData and strings as they are). */
  body?: unknown
  /** Bearer token to send instead of the session's (the password-reset token). */
  token?: string
}

function encodeBody(body: unknown): { body?: BodyInit; json: boolean } {
  if (body === undefined) return { json: false }
  if (typeof body === "string" || body instanceof FormData) return { body, json: false }
  return { body: JSON.stringify(body), json: true }
}

/**
 * One HTTP call to the backend: JSON in and out, never cached. Throws ApiError with the API's
 * `{ message, type }` for any status ≥ 400 (401 included) and status 0 when it is unreachable.
 * Sends no session: use lapasApi for the member's calls.
 */
export async function backendFetch<T>(path: string, init: ApiInit = {}): Promise<T> {
  const { body, token, headers, ...rest } = init
  const encoded = encodeBody(body)
  const requestHeaders = new Headers(headers)
  requestHeaders.set("accept", "application/json")
  if (encoded.json) requestHeaders.set("content-type", "application/json")
  if (token) requestHeaders.set("authorization", `Bearer ${token}`)

  let response: Response
  try {
    response = await fetch(`${getBackendUrl()}${path}`, {
      ...rest,
      headers: requestHeaders,
      body: encoded.body,
      cache: "no-store",
    })
  } catch (error) {
    throw new ApiError(0, `Backend unreachable: ${error instanceof Error ? error.message : String(error)}`)
  }

  const text = await response.text()
  let data: unknown = undefined
  if (text) {
    try {
      data = JSON.parse(text)
    } catch {
      data = undefined
    }
  }
  if (!response.ok) {
    const payload = (data ?? {}) as { message?: unknown; type?: unknown }
    const message =
      typeof payload.message === "string" && payload.message ? payload.message : `HTTP ${response.status}`
    throw new ApiError(response.status, message, typeof payload.type === "string" ? payload.type : undefined)
  }
  return data as T
}

/**
 * A call to the scoped API as the logged-in member: sends the bearer token from the `kb_member`
 * cookie. A 401 (no, expired or deactivated session) clears the cookie and redirects to /masuk;
 * other failures throw ApiError. Use it from src/lib/data only.
 */
export async function lapasApi<T>(path: string, init: Omit<ApiInit, "token"> = {}): Promise<T> {
  const token = await getSessionToken()
  if (!token) redirect(SESSION_ENDED_PATH)
  try {
    return await backendFetch<T>(path, { ...init, token })
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      // Cookies can be changed in server actions and route handlers only; while a page renders,
      // the /sesi-berakhir route handler clears it instead.
      await clearSessionCookie().catch(() => undefined)
      redirect(SESSION_ENDED_PATH)
    }
    throw error
  }
}
