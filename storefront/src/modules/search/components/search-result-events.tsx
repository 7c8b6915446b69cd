"use client"

import { useEffect } from "react"

/** Where the results page's beacons go (storefront route, passed on to POST /store/search/events). */
export const SEARCH_EVENTS_PATH = "/cari/peristiwa"

/**
 * Renders nothing: one click listener that tells the search log the buyer opened a product from
 * these results (the list carries `data-search-id`, each result `data-product-id`), with
 * navigator.sendBeacon so the navigation never waits. Anonymous: only the search's id and the
 * product's. A few hundred bytes of JavaScript; the results themselves stay server-rendered.
 */
export function SearchResultEvents({ searchId }: { searchId: string }) {
  useEffect(() => {
    const sent = new Set<string>()
    function onClick(event: MouseEvent) {
      const target = event.target instanceof Element ? event.target : null
      if (!target?.closest("a")) return
      const item = target.closest<HTMLElement>("[data-product-id]")
      const list = item?.closest<HTMLElement>("[data-search-id]")
      const productId = item?.dataset.productId
      if (!productId || list?.dataset.searchId !== searchId || sent.has(productId)) return
      sent.add(productId)
      const body = JSON.stringify({ search_id: searchId, kind: "click", product_id: productId })
      if (typeof navigator.sendBeacon === "function") navigator.sendBeacon(SEARCH_EVENTS_PATH, body)
    }
    // auxclick: a middle click opens the product in a new tab.
    document.addEventListener("click", onClick, true)
    document.addEventListener("auxclick", onClick, true)
    return () => {
      document.removeEventListener("click", onClick, true)
      document.removeEventListener("auxclick", onClick, true)
    }
  }, [searchId])
  return null
}
