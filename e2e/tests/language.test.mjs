// Journey 3: switching to English and back keeps the buyer on the same phone.page.
import assert from "node:assert/strict"
import { after, before, test } from "node:test"
import { STOREFRONT_URL, usePhone, saveScreenshot } from "../lib/browser.mjs"

const phone = usePhone({ before, after })

async function switchLanguage() {
  await phone.page.getByTestId("language-switch-button").click()
}

test("journey 3: switching to English and back keeps the page", async () => {
  const url = `${STOREFRONT_URL}/produk/jahe-instan`
  await phone.page.goto(url)
  assert.equal(await phone.page.locator("html").getAttribute("lang"), "id")
  const indonesian = (await phone.page.getByTestId("product-lapas").textContent())?.trim()
  assert.match(indonesian ?? "", /^Dibuat di/)

  await switchLanguage()
  await phone.page.waitForFunction(() => document.documentElement.lang === "en", null, { timeout: 15_000 })
  assert.equal(phone.page.url(), url, "English keeps the product page")
  assert.match((await phone.page.getByTestId("product-lapas").textContent())?.trim() ?? "", /^Made (in|at)/)
  assert.match((await phone.page.getByTestId("product-price").textContent())?.trim() ?? "", /^Rp \d{1,3}(\.\d{3})*$/)
  await saveScreenshot(phone.page, "journey-3-english")

  await switchLanguage()
  await phone.page.waitForFunction(() => document.documentElement.lang === "id", null, { timeout: 15_000 })
  assert.equal(phone.page.url(), url, "Bahasa Indonesia again, same page")
  assert.equal((await phone.page.getByTestId("product-lapas").textContent())?.trim(), indonesian)
  await saveScreenshot(phone.page, "journey-3-back-to-indonesian")
})
