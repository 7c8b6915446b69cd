import { describe, expect, it } from "vitest"
import { safeNext, validateLogin, validateRegister } from "@/modules/account/validation"
import { validateLookup } from "./lookup"

describe("validateLookup", () => {
  it("accepts the number with or without # and lower-cases the email", () => {
    expect(validateLookup({ number: " #1024 ", email: " Budi@Contoh.ID" })).toEqual({
      ok: true,
      value: { displayId: 1024, email: "budi@contoh.id" },
    })
  })

  it("names what is missing or malformed", () => {
    expect(validateLookup({ number: "", email: "" })).toEqual({
      ok: false,
      errors: { number: "lookup.error.numberRequired", email: "checkout.error.emailRequired" },
    })
    expect(validateLookup({ number: "KB-12", email: "budi" })).toEqual({
      ok: false,
      errors: { number: "lookup.error.numberInvalid", email: "checkout.error.emailInvalid" },
    })
    expect(validateLookup({ number: "0", email: "budi@contoh.id" })).toMatchObject({ ok: false })
  })
})

describe("account validation", () => {
  it("needs email and password to log in", () => {
    expect(validateLogin({ email: "budi@contoh.id", password: "x" }).ok).toBe(true)
    expect(validateLogin({ email: "", password: "" })).toEqual({
      ok: false,
      errors: { email: "checkout.error.emailRequired", password: "account.error.passwordRequired" },
    })
  })

  it("needs a first name, a valid email, an 8+ character password and a valid phone when given", () => {
    const good = { first_name: "Budi", last_name: "", email: "budi@contoh.id", phone: "", password: "rahasia123" }
    expect(validateRegister(good)).toMatchObject({ ok: true, value: { phone: "" } })
    expect(validateRegister({ ...good, phone: "0812 3456 7890" })).toMatchObject({ value: { phone: "081234567890" } })
    expect(validateRegister({ ...good, first_name: " ", password: "pendek", phone: "123" })).toEqual({
      ok: false,
      errors: {
        first_name: "account.error.firstNameRequired",
        password: "account.error.passwordShort",
        phone: "checkout.error.phoneInvalid",
      },
    })
  })

  it("only follows same-site paths after logging in", () => {
    expect(safeNext("/akun/pesanan")).toBe("/akun/pesanan")
    expect(safeNext("https://evil.example")).toBe("/akun")
    expect(safeNext("//evil.example")).toBe("/akun")
    expect(safeNext("/\\evil.example")).toBe("/akun")
    expect(safeNext(null)).toBe("/akun")
  })
})
