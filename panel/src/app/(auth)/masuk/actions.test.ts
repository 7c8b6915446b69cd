import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { nextHeadersMock, nextNavigationMock, resetCookies } from "../../../../test/next-mocks"

vi.mock("next/headers", () => nextHeadersMock)
vi.mock("next/navigation", () => nextNavigationMock)

const { loginAction } = await import("./actions")
const { forgotPasswordAction } = await import("../lupa-sandi/actions")
const { authMessages } = await import("@/i18n/auth")

const fetchMock = vi.fn<typeof fetch>()
beforeEach(() => {
  resetCookies()
  fetchMock.mockReset()
  vi.stubGlobal("fetch", fetchMock)
})
afterEach(() => vi.unstubAllGlobals())

function form(values: Record<string, string>) {
  const data = new FormData()
  for (const [key, value] of Object.entries(values)) data.set(key, value)
  return data
}

const tooMany = (message: string) =>
  new Response(JSON.stringify({ type: "too_many_requests", message }), { status: 429, headers: { "retry-after": "900" } })

describe("the backend's rate limits on the login pages", () => {
  it("login: a 429 shows the member's own text, not the API's English message", async () => {
    fetchMock.mockImplementation(async () => tooMany("Too many failed logins. Try again in 15 minutes, or reset your password."))
    const state = await loginAction({}, form({ email: "staff@karyabinaan.test", password: "salah" }))
    expect(state.error).toBe(authMessages.id["login.tooManyAttempts"])
  })

  it("forgotten password: a 429 says to look for the link already sent", async () => {
    fetchMock.mockImplementation(async () => tooMany("Too many password reset requests."))
    const state = await forgotPasswordAction({}, form({ email: "staff@karyabinaan.test" }))
    expect(state.error).toBe(authMessages.id["forgot.tooMany"])
  })
})
