import assert from "node:assert/strict"
import { after, before, test } from "node:test"
import { STOREFRONT_URL, usePhone, saveScreenshot } from "../lib/browser.mjs"

const phone = usePhone({ before, after })

test("a buyer on a phone goes from the home page to a product page", async () => {
  const response = await phone.page.goto(STOREFRONT_URL)
  assert.equal(response?.status(), 200)
  assert.equal(await phone.page.locator("html").getAttribute("lang"), "id")

  const cards = phone.page.getByTestId("product-card")
  await cards.first().waitFor()
  assert.ok((await cards.count()) >= 4, "the home page features products")

  const firstCard = cards.first()
  const cardTitle = (await firstCard.getByRole("heading").first().textContent())?.trim()
  await firstCard.getByRole("link").first().click()
  await phone.page.waitForURL(/\/produk\/[a-z0-9-]+$/)

  const title = phone.page.getByTestId("product-title")
  await title.waitFor()
  assert.equal((await title.textContent())?.trim(), cardTitle)
  const price = (await phone.page.getByTestId("product-price").textContent())?.trim()
  assert.match(price ?? "", /^Rp \d{1,3}(\.\d{3})*$/, `price "${price}" is shown the Indonesian way`)
  const madeIn = (await phone.page.getByTestId("product-lapas").textContent())?.trim()
  assert.match(madeIn ?? "", /^Dibuat di (Lapas|Rutan|LPP|LPKA)\b.+, .+/, `the product names the lapas that made it: "${madeIn}"`)

  // Fails with a timeout if the photo never arrives through next/image from the backend.
  await phone.page.waitForFunction(
    () => {
      const img = document.querySelector("main img")
      return img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0
    },
    null,
    { timeout: 15_000 }
  )

  await saveScreenshot(phone.page, "smoke-home-to-product")
})
