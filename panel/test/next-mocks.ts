/**
 * Stand-ins for next/headers and next/navigation in unit tests of src/lib/data:
 *   vi.mock("next/headers", () => nextHeadersMock)
 *   vi.mock("next/navigation", () => nextNavigationMock)
 * `cookieJar` is the request's cookies; redirect() and notFound() throw like Next's.
 */
import { afterEach, beforeEach, vi } from "vitest"

export const cookieJar = new Map<string, string>()
export const cookieWrites: Array<{ op: "set" | "delete"; name: string; options?: unknown }> = []

export function resetCookies(initial: Record<string, string> = {}) {
  cookieJar.clear()
  cookieWrites.length = 0
  for (const [name, value] of Object.entries(initial)) cookieJar.set(name, value)
}

export const nextHeadersMock = {
  cookies: async () => ({
    get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name)! } : undefined),
    set: (name: string, value: string, options?: unknown) => {
      cookieJar.set(name, value)
      cookieWrites.push({ op: "set", name, options })
    },
    delete: (arg: string | { name: string }) => {
      const name = typeof arg === "string" ? arg : arg.name
      cookieJar.delete(name)
      cookieWrites.push({ op: "delete", name })
    },
  }),
}

export class RedirectSignal extends Error {
  constructor(readonly url: string) {
    super(`NEXT_REDIRECT ${url}`)
  }
}
export class NotFoundSignal extends Error {
  constructor() {
    super("NEXT_NOT_FOUND")
  }
}

export const nextNavigationMock = {
  redirect: vi.fn((url: string) => {
    throw new RedirectSignal(url)
  }),
  notFound: vi.fn(() => {
    throw new NotFoundSignal()
  }),
}

/** A JSON answer of the backend. */
export const jsonResponse = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })

/**
 * For a data module's tests: before each test the member's cookie holds `token`, `fetch` is a
 * fresh stub and the backend is http://backend.test:9000; after each, both are restored.
 * Returns the fetch stub.
 */
export function stubBackend(token: string) {
  const fetchMock = vi.fn<typeof fetch>()
  beforeEach(() => {
    resetCookies({ kb_member: token })
    fetchMock.mockReset()
    vi.stubGlobal("fetch", fetchMock)
    vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend.test:9000")
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.unstubAllEnvs()
  })
  return fetchMock
}
