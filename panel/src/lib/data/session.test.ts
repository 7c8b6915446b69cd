import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import type { Member } from "@karya-binaan/contracts"
import { cookieJar, cookieWrites, nextHeadersMock, nextNavigationMock, NotFoundSignal, RedirectSignal, resetCookies } from "../../../test/next-mocks"

vi.mock("next/headers", () => nextHeadersMock)
vi.mock("next/navigation", () => nextNavigationMock)

const { login, logout, requireRole, requireSection } = await import("./session")
const { ApiError } = await import("./api")

const fetchMock = vi.fn<typeof fetch>()
const staff: Member = {
  id: "mem_1",
  name: "Siti Rahayu",
  email: "staff+lapas-tangerang@karyabinaan.test",
  role: "lapas_staff",
  lapas: { id: "lapas_1", handle: "lapas-tangerang", name: "Lapas Kelas I Tangerang", time_zone: "Asia/Jakarta" },
}

beforeEach(() => {
  resetCookies()
  fetchMock.mockReset()
  vi.stubGlobal("fetch", fetchMock)
})
afterEach(() => vi.unstubAllGlobals())

describe("login and logout", () => {
  it("posts the credentials and keeps the token in an httpOnly cookie", async () => {
    fetchMock.mockResolvedValue(new Response(JSON.stringify({ token: "jwt-1" }), { status: 200 }))
    await login("staff+lapas-tangerang@karyabinaan.test", "karyabinaan")
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe("http://localhost:9000/auth/lapas_member/emailpass")
    expect(JSON.parse(String(init?.body))).toEqual({ email: "staff+lapas-tangerang@karyabinaan.test", password: "karyabinaan" })
    expect(cookieJar.get("kb_member")).toBe("jwt-1")
    expect(cookieWrites[0].options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", secure: false })
    await logout()
    expect(cookieJar.has("kb_member")).toBe(false)
  })

  it("wrong credentials: ApiError 401, no cookie", async () => {
    fetchMock.mockImplementation(async () => new Response(JSON.stringify({ message: "Invalid email or password" }), { status: 401 }))
    const error = await login("x@karyabinaan.test", "salah").catch((e) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 401, message: "Invalid email or password" })
    expect(cookieJar.has("kb_member")).toBe(false)
  })
})

describe("guards", () => {
  it("requireSection returns the member from /lapas-api/me when the role may use the section", async () => {
    resetCookies({ kb_member: "jwt-1" })
    fetchMock.mockResolvedValue(new Response(JSON.stringify({ member: staff }), { status: 200 }))
    await expect(requireSection("catalog")).resolves.toEqual(staff)
    expect(fetchMock.mock.calls[0][0]).toBe("http://localhost:9000/lapas-api/me")
  })

  it("requireSection: 404 for a section the role may not use", async () => {
    resetCookies({ kb_member: "jwt-1" })
    fetchMock.mockResolvedValue(new Response(JSON.stringify({ member: staff }), { status: 200 }))
    await expect(requireSection("finance")).rejects.toBeInstanceOf(NotFoundSignal)
  })

  it("requireSection without a session: redirect to /masuk", async () => {
    const error = await requireSection("home").catch((e) => e)
    expect(error).toBeInstanceOf(RedirectSignal)
    expect(error.url).toBe("/masuk")
  })

  it("requireRole", () => {
    expect(requireRole(staff, ["lapas_staff", "national"])).toBe(staff)
    expect(() => requireRole(staff, ["finance"])).toThrow(NotFoundSignal)
  })
})
