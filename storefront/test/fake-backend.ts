import { vi, type Mock } from "vitest"

export const BACKEND = "http://backend.test:9000"
export const KEY = "pk_test_123"

export type Reply = { status?: number; body: unknown }

/**
 * Points the storefront's data layer at a fake Medusa backend. Only the network boundary is
 * replaced, so the real SDK builds the requests: `fetch` answers with what `answer` returns as
 * JSON, or a 404 when it returns nothing. Undo with `vi.unstubAllGlobals()` and `vi.unstubAllEnvs()`.
 */
export function stubBackend(answer: (url: URL, init?: RequestInit) => Reply | undefined): Mock {
  vi.stubEnv("MEDUSA_BACKEND_URL", BACKEND)
  vi.stubEnv("NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY", KEY)
  const fetchMock = vi.fn(async (input: unknown, init?: RequestInit) => {
    const { status = 200, body } = answer(requestUrl(input), init) ?? { status: 404, body: { message: "Not found" } }
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })
  })
  vi.stubGlobal("fetch", fetchMock)
  return fetchMock
}

function requestUrl(input: unknown): URL {
  return new URL(String(input instanceof Request ? input.url : input))
}

/** The URLs `fetch` was called with for one path, in order. */
export function requestsTo(fetchMock: Mock, pathname: string): URL[] {
  return fetchMock.mock.calls.map(([input]) => requestUrl(input)).filter((url) => url.pathname === pathname)
}
