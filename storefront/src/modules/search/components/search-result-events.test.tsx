import { cleanup, render } from "@testing-library/react"
import { afterEach, describe, expect, it, vi } from "vitest"
import { SEARCH_EVENTS_PATH, SearchResultEvents } from "./search-result-events"

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  // The files of a worker share one jsdom (vitest.config.mts): take the stubbed beacon away again.
  Reflect.deleteProperty(navigator, "sendBeacon")
})

const ID = "srch_01JABCDEFGHJKMNPQRSTVWXYZ0"

function page(searchId = ID) {
  render(
    <>
      <ul data-search-id={searchId}>
        <li data-product-id="prod_a">
          <a href="/produk/a">A</a> <span>price</span>
        </li>
        <li data-product-id="prod_b">
          <a href="/produk/b">B</a>
        </li>
      </ul>
      <SearchResultEvents searchId={ID} />
    </>
  )
}

describe("SearchResultEvents", () => {
  it("sends one beacon per product opened from the results, with the search's id only", () => {
    const beacon = vi.fn(() => true)
    Object.defineProperty(navigator, "sendBeacon", { value: beacon, configurable: true })
    page()
    const links = document.querySelectorAll("a")
    links[0].addEventListener("click", (e) => e.preventDefault())
    links[1].addEventListener("click", (e) => e.preventDefault())
    links[0].click()
    links[0].click()
    ;(document.querySelector("span") as HTMLElement).click()
    links[1].click()
    expect(beacon.mock.calls).toEqual([
      [SEARCH_EVENTS_PATH, JSON.stringify({ search_id: ID, kind: "click", product_id: "prod_a" })],
      [SEARCH_EVENTS_PATH, JSON.stringify({ search_id: ID, kind: "click", product_id: "prod_b" })],
    ])
  })

  it("ignores clicks on other lists", () => {
    const beacon = vi.fn(() => true)
    Object.defineProperty(navigator, "sendBeacon", { value: beacon, configurable: true })
    page("srch_01JOTHERSEARCHAAAAAAAAAAAAA")
    const link = document.querySelector("a") as HTMLAnchorElement
    link.addEventListener("click", (e) => e.preventDefault())
    link.click()
    expect(beacon).not.toHaveBeenCalled()
  })
})
