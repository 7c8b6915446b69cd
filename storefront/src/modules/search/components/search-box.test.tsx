import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react"
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from "vitest"
import { LocaleProvider } from "@/i18n/client"
import { clientMessages } from "@/i18n/client-messages"
import type { Suggestion } from "@/lib/util/search"

const push = vi.fn()
let pathname = "/"
let searchParams = new URLSearchParams()
vi.mock("next/navigation", () => ({
  useRouter: () => ({ push }),
  usePathname: () => pathname,
  useSearchParams: () => searchParams,
}))

const { SearchBox } = await import("./search-box")

const suggestion = (id: string, title: string, highlight: string): Suggestion => ({
  id,
  href: `/produk/${id}`,
  title,
  highlight,
  lapas: "Lapas Kelas IIA Bojonegoro",
  price: 35000,
  priceLabel: "Rp 35.000",
  inStock: true,
  image: { src: `/_next/image?url=${id}&w=64&q=75`, srcSet: `/_next/image?url=${id}&w=64&q=75 1x, /_next/image?url=${id}&w=96&q=75 2x` },
})

const JAHE = suggestion("jahe-instan", "Jahe Instan Bojonegoro", "<mark>Jahe</mark> <mark>Instan</mark> Bojonegoro")
const KUNYIT = suggestion("kunyit-instan", "Kunyit Instan <5 menit", "Kunyit <mark>Instan</mark> <5 menit")

let fetchMock: Mock
let reply: (url: URL) => Promise<Response>

beforeEach(() => {
  push.mockReset()
  pathname = "/"
  searchParams = new URLSearchParams()
  reply = async () => Response.json({ suggestions: [JAHE, KUNYIT] })
  fetchMock = vi.fn((input: string, init?: RequestInit) => {
    const url = new URL(input, "http://toko.test")
    return new Promise<Response>((resolve, reject) => {
      init?.signal?.addEventListener("abort", () => reject(new DOMException("Aborted", "AbortError")))
      reply(url).then(resolve, reject)
    })
  })
  vi.stubGlobal("fetch", fetchMock)
})

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

function renderBox() {
  render(
    <LocaleProvider locale="id" messages={clientMessages("id")}>
      <SearchBox />
    </LocaleProvider>
  )
  return screen.getByTestId("search-input") as HTMLInputElement
}

function type(input: HTMLInputElement, value: string) {
  fireEvent.change(input, { target: { value } })
}

const key = (input: HTMLInputElement, name: string) => fireEvent.keyDown(input, { key: name })
const queriesAsked = () => fetchMock.mock.calls.map(([input]) => new URL(input, "http://toko.test").searchParams.get("q"))

describe("SearchBox", () => {
  it("is a GET form to /cari with a labelled, collapsed combobox (works without JavaScript)", () => {
    const input = renderBox()
    const form = input.closest("form")!
    expect(form.getAttribute("action")).toBe("/cari")
    expect(form.getAttribute("method")).toBe("get")
    expect(input.name).toBe("q")
    expect(input.getAttribute("role")).toBe("combobox")
    expect(input.getAttribute("aria-expanded")).toBe("false")
    expect(screen.getByLabelText("Cari produk", { selector: "input" })).toBe(input)
    expect(document.getElementById(input.getAttribute("aria-controls")!)?.getAttribute("role")).toBe("listbox")
  })

  it("asks once for the last text after a pause, from two characters on, and shows the suggestions", async () => {
    const input = renderBox()
    type(input, "j")
    type(input, "jh")
    type(input, "jhe")
    type(input, "jhe instan")
    await waitFor(() => expect(screen.getAllByTestId("search-suggestion")).toHaveLength(2))
    expect(queriesAsked()).toEqual(["jhe instan"])
    expect(input.getAttribute("aria-expanded")).toBe("true")

    const [first, second] = screen.getAllByRole("option")
    expect(first.textContent).toContain("Jahe Instan Bojonegoro")
    expect(first.textContent).toContain("Lapas Kelas IIA Bojonegoro")
    expect(first.textContent).toContain("Rp 35.000")
    // The server resolved the thumbnail's URLs; the box renders them as they are.
    expect(first.querySelector("img")?.getAttribute("srcset")).toBe(JAHE.image?.srcSet)
    expect([...first.querySelectorAll("mark")].map((m) => m.textContent)).toEqual(["Jahe", "Instan"])
    // A "<" in a title is text, not markup.
    expect(second.querySelector(".search-suggestion__title")?.textContent).toBe("Kunyit Instan <5 menit")
    expect(screen.getByTestId("search-see-all").textContent).toBe("Lihat semua hasil untuk “jhe instan”")
    expect(screen.getByRole("status").textContent).toContain("2 saran")
  })

  it("does not ask for one character", async () => {
    const input = renderBox()
    type(input, "j")
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(fetchMock).not.toHaveBeenCalled()
    expect(input.getAttribute("aria-expanded")).toBe("false")
  })

  it("cancels a request that a newer keystroke made stale", async () => {
    let first: AbortSignal | undefined
    reply = (url) => (url.searchParams.get("q") === "jah" ? new Promise(() => {}) : Promise.resolve(Response.json({ suggestions: [JAHE] })))
    const input = renderBox()
    type(input, "jah")
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1))
    first = (fetchMock.mock.calls[0][1] as RequestInit).signal ?? undefined
    expect(first?.aborted).toBe(false)
    type(input, "jahe")
    expect(first?.aborted).toBe(true)
    await waitFor(() => expect(screen.getAllByTestId("search-suggestion")).toHaveLength(1))
    expect(queriesAsked()).toEqual(["jah", "jahe"])
  })

  it("moves through the options with the arrow keys and opens the active one with Enter", async () => {
    const input = renderBox()
    type(input, "instan")
    await waitFor(() => expect(screen.getAllByTestId("search-suggestion")).toHaveLength(2))
    const options = screen.getAllByRole("option")
    expect(options).toHaveLength(3)

    key(input, "ArrowDown")
    expect(input.getAttribute("aria-activedescendant")).toBe(options[0].id)
    expect(options[0].getAttribute("aria-selected")).toBe("true")
    key(input, "ArrowDown")
    key(input, "ArrowDown")
    expect(input.getAttribute("aria-activedescendant")).toBe(options[2].id)
    key(input, "ArrowDown")
    expect(input.getAttribute("aria-activedescendant")).toBe(options[0].id)
    key(input, "ArrowUp")
    expect(input.getAttribute("aria-activedescendant")).toBe(options[2].id)
    key(input, "ArrowUp")
    expect(input.getAttribute("aria-activedescendant")).toBe(options[1].id)

    key(input, "Enter")
    expect(push).toHaveBeenCalledWith("/produk/kunyit-instan")
    expect(input.getAttribute("aria-expanded")).toBe("false")
  })

  it("searches for the text on Enter without an active option, and from the last option", async () => {
    const input = renderBox()
    type(input, "jhe instan")
    await waitFor(() => expect(screen.getAllByTestId("search-suggestion")).toHaveLength(2))
    fireEvent.submit(input.closest("form")!)
    expect(push).toHaveBeenLastCalledWith("/cari?q=jhe+instan")

    type(input, "jahe")
    await waitFor(() => expect(input.getAttribute("aria-expanded")).toBe("true"))
    fireEvent.click(screen.getByTestId("search-see-all"))
    expect(push).toHaveBeenLastCalledWith("/cari?q=jahe")
  })

  it("opens a suggestion on a tap without losing focus first", async () => {
    const input = renderBox()
    type(input, "jahe")
    await waitFor(() => expect(screen.getAllByTestId("search-suggestion")).toHaveLength(2))
    const option = screen.getAllByTestId("search-suggestion")[0]
    expect(fireEvent.mouseDown(option)).toBe(false) // default prevented: the input keeps focus
    fireEvent.click(option)
    expect(push).toHaveBeenCalledWith("/produk/jahe-instan")
  })

  it("closes the list with Escape, then clears the box with a second Escape", async () => {
    const input = renderBox()
    type(input, "jahe")
    await waitFor(() => expect(input.getAttribute("aria-expanded")).toBe("true"))
    key(input, "ArrowDown")
    key(input, "Escape")
    expect(input.getAttribute("aria-expanded")).toBe("false")
    expect(input.getAttribute("aria-activedescendant")).toBeNull()
    expect(input.value).toBe("jahe")
    key(input, "ArrowDown")
    expect(input.getAttribute("aria-expanded")).toBe("true")
    key(input, "Escape")
    key(input, "Escape")
    expect(input.value).toBe("")
  })

  it("shows the query of the results page it is on", async () => {
    pathname = "/cari"
    searchParams = new URLSearchParams("q=kursi+rotan&lapas=lapas-a")
    const input = renderBox()
    expect(input.value).toBe("kursi rotan")
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 250))
    })
    expect(fetchMock).not.toHaveBeenCalled()
  })
})
