import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { requestsTo, stubBackend } from "../../test/fake-backend"

const cookieSet = vi.fn()
let requestHeaders = new Headers()
/** The kb_cart cookie; unset, the language switch has no cart to record the language on. */
let cartCookie: string | undefined

vi.mock("next/headers", () => ({
  cookies: async () => ({
    set: cookieSet,
    get: (name: string) => (name === "kb_cart" && cartCookie ? { name, value: cartCookie } : undefined),
  }),
  headers: async () => requestHeaders,
}))

class Redirect extends Error {
  constructor(public readonly url: string) {
    super(`NEXT_REDIRECT ${url}`)
  }
}
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirect(url)
  },
}))

async function submit(fields: Record<string, string>): Promise<string> {
  const { setLocale } = await import("./actions")
  const form = new FormData()
  for (const [key, value] of Object.entries(fields)) form.set(key, value)
  try {
    await setLocale(form)
  } catch (error) {
    if (error instanceof Redirect) return error.url
    throw error
  }
  throw new Error("setLocale did not redirect")
}

beforeEach(() => {
  cookieSet.mockClear()
  requestHeaders = new Headers()
  cartCookie = undefined
  vi.unstubAllEnvs()
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
})

describe("setLocale (language switch)", () => {
  it("stores the locale for a year (sameSite lax) and returns to the same page and query", async () => {
    const target = await submit({ locale: "en", path: "/produk?kategori=furnitur&urut=nama" })
    expect(target).toBe("/produk?kategori=furnitur&urut=nama")
    expect(cookieSet).toHaveBeenCalledWith("locale", "en", {
      path: "/",
      maxAge: 31_536_000,
      sameSite: "lax",
      secure: false,
    })
  })

  it("marks the cookie secure on an https storefront", async () => {
    vi.stubEnv("STOREFRONT_URL", "https://karyabinaan.example")
    await submit({ locale: "id", path: "/" })
    expect(cookieSet.mock.calls[0][2]).toMatchObject({ secure: true })
  })

  it("falls back to Indonesian for an unknown locale and never leaves the site", async () => {
    expect(await submit({ locale: "fr", path: "https://evil.example/" })).toBe("/")
    expect(cookieSet).toHaveBeenCalledWith("locale", "id", expect.anything())
  })

  it("returns via the Referer of this site when the form has no path", async () => {
    requestHeaders = new Headers({ host: "toko.example", referer: "http://toko.example/lapas/lapas-a?x=1" })
    expect(await submit({ locale: "en" })).toBe("/lapas/lapas-a?x=1")
    requestHeaders = new Headers({ host: "toko.example", referer: "http://other.example/lapas" })
    expect(await submit({ locale: "en" })).toBe("/")
  })

  it("records the new language on the open cart, and switches even when the backend is down", async () => {
    cartCookie = "cart_1"
    let metadata: Record<string, unknown> = { locale: "id", campaign: "pameran" }
    const fetchMock = stubBackend((url, init) => {
      if (url.pathname !== "/store/carts/cart_1") return undefined
      if (init?.method === "POST") metadata = JSON.parse(String(init.body)).metadata
      return { body: { cart: { id: "cart_1", metadata } } }
    })
    expect(await submit({ locale: "en", path: "/keranjang" })).toBe("/keranjang")
    expect(metadata).toEqual({ locale: "en", campaign: "pameran" })
    expect(requestsTo(fetchMock, "/store/carts/cart_1")).toHaveLength(2)

    stubBackend(() => ({ status: 500, body: { message: "down" } }))
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {})
    expect(await submit({ locale: "id", path: "/" })).toBe("/")
    warn.mockRestore()
    expect(cookieSet).toHaveBeenLastCalledWith("locale", "id", expect.anything())
  })
})
