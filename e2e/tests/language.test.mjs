// Journey 3: switching to English and back keeps the buyer on the same page.
import assert from "node:assert/strict"
import { after, before, test } from "node:test"
import { STOREFRONT_URL, launchPhone, saveScreenshot } from "../lib/browser.mjs"

let browser
let page
before(async () => {
  ;({ browser, page } = await launchPhone())
})
after(async () => {
  await browser?.close()
})

async function switchLanguage() {
  await page.getByTestId("language-switch-button").click()
}

test("journey 3: switching to English and back keeps the page", async () => {
  const url = `${STOREFRONT_URL}/produk/jahe-instan`
  await page.goto(url)
  assert.equal(await page.locator("html").getAttribute("lang"), "id")
  const indonesian = (await page.getByTestId("product-lapas").textContent())?.trim()
  assert.match(indonesian ?? "", /^Dibuat di/)

  await switchLanguage()
  await page.waitForFunction(() => document.documentElement.lang === "en", null, { timeout: 15_000 })
  assert.equal(page.url(), url, "English keeps the product page")
  assert.match((await page.getByTestId("product-lapas").textContent())?.trim() ?? "", /^Made (in|at)/)
  assert.match((await page.getByTestId("product-price").textContent())?.trim() ?? "", /^Rp \d{1,3}(\.\d{3})*$/)
  await saveScreenshot(page, "journey-3-english")

  await switchLanguage()
  await page.waitForFunction(() => document.documentElement.lang === "id", null, { timeout: 15_000 })
  assert.equal(page.url(), url, "Bahasa Indonesia again, same page")
  assert.equal((await page.getByTestId("product-lapas").textContent())?.trim(), indonesian)
  await saveScreenshot(page, "journey-3-back-to-indonesian")
})
