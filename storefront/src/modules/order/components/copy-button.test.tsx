import { act, cleanup, fireEvent, render, screen } from "@testing-library/react"
import { afterEach, describe, expect, it, vi } from "vitest"
import { CopyButton } from "./copy-button"

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe("CopyButton", () => {
  it("copies the resi and announces it", async () => {
    const writeText = vi.fn(async () => {})
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } })
    render(<CopyButton text="JP1234567890" label="Salin" accessibleLabel="Salin resi" copiedLabel="Resi disalin" />)
    const button = await screen.findByRole("button", { name: "Salin resi" })
    expect(button.textContent).toBe("Salin")
    await act(async () => {
      fireEvent.click(button)
    })
    expect(writeText).toHaveBeenCalledWith("JP1234567890")
    expect(screen.getByRole("status").textContent).toBe("Resi disalin")
  })

  it("is not shown where the browser cannot copy (the resi stays selectable text)", async () => {
    vi.stubGlobal("navigator", { ...navigator, clipboard: undefined })
    render(<CopyButton text="JP1" label="Salin" accessibleLabel="Salin resi" copiedLabel="Resi disalin" />)
    await act(async () => {})
    expect(screen.queryByRole("button")).toBeNull()
  })
})
