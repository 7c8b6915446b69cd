/**
 * Stand-ins for next/headers and next/navigation in unit tests of src/lib/data:
 *   vi.mock("next/headers", () => nextHeadersMock)
 *   vi.mock("next/navigation", () => nextNavigationMock)
 * `cookieJar` is the request's cookies; redirect() and notFound() throw like Next's.
 */
import { vi } from "vitest"

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
