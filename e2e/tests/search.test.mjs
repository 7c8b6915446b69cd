// The search journey of issue 7 on a phone (390×844) against the real backend with the demo data:
// suggestions while typing a misspelt query, the results page, a lapas facet, an empty result, and
// the old listing search URL.
import assert from "node:assert/strict"
import { after, before, test } from "node:test"
import { STOREFRONT_URL, usePhone, saveScreenshot } from "../lib/browser.mjs"
import { RUPIAH } from "../lib/store.mjs"

const phone = usePhone({ before, after })

/** Types into the header's search box like a person does, one key at a time. */
async function typeInSearchBox(page, text) {
  const input = page.getByTestId("search-input")
  await input.click()
  await input.fill("")
  await input.pressSequentially(text, { delay: 80 })
  return input
}

async function resultTotal(page) {
  return Number(await page.getByTestId("search-results-count").getAttribute("data-total"))
}

test("search: a misspelt query gets suggestions, its results, a lapas facet narrows them", async () => {
  const page = phone.page
  await page.goto(STOREFRONT_URL)

  const input = await typeInSearchBox(page, "jhe instan")
  const suggestion = page.getByTestId("search-suggestion").filter({ hasText: "Jahe Instan Bojonegoro" })
  await suggestion.first().waitFor({ timeout: 15_000 })
  assert.equal(await input.getAttribute("aria-expanded"), "true", "the combobox says its list is open")
  const suggestionText = (await suggestion.first().textContent()) ?? ""
  assert.match(suggestionText, /Bojonegoro/, "the suggestion names the lapas")
  assert.match(suggestionText, /Rp \d{1,3}(\.\d{3})*/, `the suggestion shows a rupiah price: "${suggestionText}"`)
  assert.ok((await suggestion.first().locator("mark").count()) >= 1, "the matched words are marked")
  await saveScreenshot(page, "search-suggestions")

  // Enter without choosing a suggestion searches for the text.
  await input.press("Enter")
  await page.waitForURL((url) => url.pathname === "/cari" && url.searchParams.get("q") === "jhe instan", { timeout: 15_000 })
  const firstHit = page.getByTestId("search-hit").first()
  await firstHit.waitFor()
  assert.equal((await firstHit.getByRole("heading").textContent())?.trim(), "Jahe Instan Bojonegoro", "the jahe instan comes first")
  assert.ok((await firstHit.locator("mark").count()) >= 1, "the hit's title marks the matched words")
  assert.match((await firstHit.getByTestId("product-card-price").textContent())?.trim() ?? "", RUPIAH)
  assert.match((await page.getByTestId("search-results-count").textContent()) ?? "", /\d+ produk untuk “jhe instan”/)
  assert.equal(await page.getByTestId("search-input").inputValue(), "jhe instan", "the box keeps the query")
  // The misspelling was corrected, and the page says to what.
  const corrected = page.getByTestId("search-corrected")
  assert.equal((await corrected.textContent())?.trim(), "Maksud Anda: jahe instan?")
  assert.equal(await corrected.getByRole("link").getAttribute("href"), "/cari?q=jahe+instan")
  await saveScreenshot(page, "search-results")

  // Without the query every product is listed; a lapas facet narrows the list.
  await page.getByTestId("search-active-filters").getByRole("link", { name: /Cari: jhe instan/ }).click()
  await page.waitForURL((url) => url.pathname === "/cari" && !url.searchParams.has("q"))
  await page.getByTestId("search-results-count").waitFor()
  const before = await resultTotal(page)
  await page.getByTestId("search-facets").locator("summary").click()
  const lapasFacets = page.locator('[data-testid="search-facet"][data-facet="lapas"]')
  const options = await lapasFacets.evaluateAll((links) =>
    links.map((a) => ({ value: a.dataset.value, count: Number(a.dataset.count), label: a.querySelector(".facet-option__label")?.textContent ?? "" }))
  )
  assert.ok(options.length >= 2, `products of several lapas are listed: ${JSON.stringify(options)}`)
  const pick = options.reduce((least, option) => (option.count < least.count ? option : least))
  assert.ok(pick.count > 0 && pick.count < before, `the facet count says it narrows: ${pick.count} of ${before}`)

  await page.locator(`[data-testid="search-facet"][data-facet="lapas"][data-value="${pick.value}"]`).click()
  await page.waitForURL((url) => url.searchParams.get("lapas") === pick.value, { timeout: 15_000 })
  await page.getByTestId("search-results-count").waitFor()
  const after = await resultTotal(page)
  assert.equal(after, pick.count, "the facet's count was the number of results")
  assert.ok(after < before, "the results narrowed")
  for (const hit of await page.getByTestId("search-hit").all()) {
    assert.ok(((await hit.textContent()) ?? "").includes(pick.label), `every hit is made at ${pick.label}`)
  }
  await saveScreenshot(page, "search-lapas-facet")
})

test("search: a query with no results says so and offers a way on", async () => {
  const page = phone.page
  await page.goto(`${STOREFRONT_URL}/lapas`)
  const input = await typeInSearchBox(page, "xyzkwqplvb")
  await input.press("Enter")
  await page.waitForURL((url) => url.pathname === "/cari" && url.searchParams.get("q") === "xyzkwqplvb", { timeout: 15_000 })
  const empty = page.getByTestId("search-empty")
  await empty.waitFor()
  const text = (await empty.textContent()) ?? ""
  assert.match(text, /Tidak ditemukan produk untuk “xyzkwqplvb”/)
  assert.match(text, /ejaan/i, "suggests checking the spelling")
  assert.equal(await page.getByTestId("search-hit").count(), 0)
  assert.ok((await empty.getByTestId("category-link").count()) >= 1, "links to the categories")
  await empty.getByRole("link", { name: "Lihat semua produk" }).waitFor()
  await saveScreenshot(page, "search-empty")
})

test("search: the old listing search URL goes to the results page", async () => {
  const page = phone.page
  const response = await page.goto(`${STOREFRONT_URL}/produk?q=jahe`)
  assert.ok(response?.ok(), "the redirect ends on a page")
  const url = new URL(page.url())
  assert.equal(url.pathname, "/cari")
  assert.equal(url.searchParams.get("q"), "jahe")
  await page.getByTestId("search-hit").first().waitFor()
  const robots = await page.locator('meta[name="robots"]').getAttribute("content")
  assert.match(robots ?? "", /noindex/, "results pages stay out of search engines")
})
