import { cleanup, render, screen } from "@testing-library/react"
import { afterEach, describe, expect, it, vi } from "vitest"
import { createTranslator } from "@/i18n"

vi.mock("@/i18n/actions", () => ({ setLocale: vi.fn() }))

const { LanguageSwitch } = await import("./language-switch")

afterEach(cleanup)

describe("LanguageSwitch", () => {
  it("offers English on an Indonesian page and posts only the locale (the action returns to the Referer)", () => {
    render(<LanguageSwitch t={createTranslator("id")} locale="id" />)
    const form = screen.getByTestId("language-switch")
    expect(form.dataset.locale).toBe("id")
    expect(form.dataset.targetLocale).toBe("en")
    const inputs = [...form.querySelectorAll("input")].map((i) => [i.name, i.value])
    expect(inputs).toEqual([["locale", "en"]])
    const button = screen.getByTestId("language-switch-button")
    expect(button.textContent).toBe(`${createTranslator("id")("language.switchTo")} English`)
    expect(button.querySelector("[lang]")?.getAttribute("lang")).toBe("en")
  })

  it("offers Bahasa Indonesia on an English page and keeps an explicit return path", () => {
    render(<LanguageSwitch t={createTranslator("en")} locale="en" path="/cari?q=jahe" />)
    const form = screen.getByTestId("language-switch")
    const inputs = [...form.querySelectorAll("input")].map((i) => [i.name, i.value])
    expect(inputs).toEqual([
      ["locale", "id"],
      ["path", "/cari?q=jahe"],
    ])
    expect(screen.getByTestId("language-switch-button").querySelector("[lang]")?.textContent).toBe(
      createTranslator("en")("language.indonesian")
    )
  })
})
