// Journey: a lapas staff member builds a product in the panel (Pusat Lapas) on a phone and on a
// desktop: a new product with a photo, a variant with its price in rupiah and opening stock,
// then publishes it; the storefront shows it with that price, in stock. The stock screen's bulk
// edit changes what the product page offers.
import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { STOREFRONT_URL, saveScreenshot } from "../lib/browser.mjs"
import { step } from "../lib/journey.mjs"
import { DESKTOP, PANEL_STAFF_EMAIL, PANEL_URL, PHONE, launchPanelBrowser, loginToPanel, openPanelMenu } from "../lib/panel.mjs"

/** A 48×48 PNG, as a photo taken in the workshop would be sent (the backend re-encodes it as WebP). */
const PHOTO = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAIAAADYYG7QAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAO0lEQVR42u3OQQ0AAAgEoItjRNOZzRbOBxsByHS9EiEhISEhISEhISEhISEhISEhISEhISEhISGhu9ACfw1OtS1WIoIAAAAASUVORK5CYII=",
  "base64"
)

for (const [device, settings] of [
  ["phone", PHONE],
  ["desktop", DESKTOP],
]) {
  describe(`catalogue in the panel on a ${device}`, () => {
    const session = { browser: null, page: null }
    const stamp = `${device}-${Date.now().toString(36)}`
    const title = `Keripik Tempe ${stamp}`
    const handle = `keripik-tempe-${stamp}`
    before(async () => Object.assign(session, await launchPanelBrowser(settings)))
    after(async () => session.browser?.close())

    test("staff create a product with a photo, a priced variant and stock, publish it, and the store sells it", async () => {
      const { page } = session
      await step(page, "log in", `panel-catalog-${device}-login`, () => loginToPanel(page, PANEL_STAFF_EMAIL))

      await step(page, "open the catalogue from the navigation", `panel-catalog-${device}-list`, async () => {
        await openPanelMenu(page)
        await page.getByTestId("panel-nav").getByRole("link", { name: "Katalog" }).click()
        await page.waitForURL((url) => url.pathname === "/katalog")
        assert.ok((await page.getByTestId("catalog-product").count()) > 0, "the lapas's demo products are listed")
      })
      await saveScreenshot(page, `panel-catalog-${device}-list`)

      await step(page, "fill in the new product", `panel-catalog-${device}-new`, async () => {
        await page.getByRole("link", { name: "Tambah produk" }).first().click()
        await page.waitForURL((url) => url.pathname === "/katalog/baru")
        const form = page.getByTestId("product-form")
        await form.getByLabel("Nama produk").fill(title)
        await form.getByLabel("Alamat (handle)").fill(handle)
        await form.getByLabel("Nomor P-IRT").fill("206352201099327")
        await form.getByLabel("Nama varian").fill("250 gram")
        await form.getByLabel("Harga (Rp)").fill("45.000")
        await form.getByLabel("Stok awal").fill("12")
        await form.locator('input[type="file"]').setInputFiles({ name: "keripik.png", mimeType: "image/png", buffer: PHOTO })
        await form.getByTestId("photo-preview").locator("img").first().waitFor()
      })
      await saveScreenshot(page, `panel-catalog-${device}-new`)

      await step(page, "save: the product opens as a draft with its photo, price and stock", `panel-catalog-${device}-saved`, async () => {
        await page.getByTestId("product-form").getByRole("button", { name: "Simpan produk" }).click()
        await page.getByTestId("product-created").waitFor()
        assert.match(new URL(page.url()).pathname, /^\/katalog\/prod_/)
        assert.equal(await page.getByTestId("product-photos").locator("img").count(), 1)
        const variant = page.getByTestId("variant-0")
        assert.equal(await variant.getByLabel("Harga (Rp)").inputValue(), "45000")
        assert.match((await variant.textContent()) ?? "", /Tersedia: 12/)
        assert.match((await page.getByTestId("product-status").textContent()) ?? "", /Draf/)
      })

      await step(page, "publish", `panel-catalog-${device}-publish`, async () => {
        await page.getByTestId("status-form").getByRole("button", { name: "Terbitkan" }).click()
        await page.getByTestId("product-status").getByText("Produk ini tampil di toko.").waitFor()
      })
      await saveScreenshot(page, `panel-catalog-${device}-published`)

      await step(page, "the storefront shows it with its price, in stock", `panel-catalog-${device}-store`, async () => {
        await page.goto(`${STOREFRONT_URL}/produk/${handle}`)
        await page.getByRole("heading", { name: title }).waitFor()
        assert.equal((await page.getByTestId("product-price").first().textContent())?.trim(), "Rp 45.000")
        assert.equal(await page.getByTestId("product-stock").first().getAttribute("data-in-stock"), "true")
      })
      await saveScreenshot(page, `panel-catalog-${device}-store`)

      await step(page, "stock set to 0 in the stock screen: the store shows it sold out", `panel-catalog-${device}-stock`, async () => {
        await page.goto(`${PANEL_URL}/stok`)
        const input = page.getByLabel(`Stok ${title} – 250 gram`)
        await input.fill("0")
        await page.getByTestId("stock-form").getByRole("button", { name: "Simpan stok" }).click()
        await page.getByTestId("form-success").waitFor()
        // The change reaches the cached product page through the catalogue's revalidation (an event,
        // the read model's refresh, then the backend's POST to the storefront): read it until it shows.
        const deadline = Date.now() + 15_000
        let inStock = null
        while (true) {
          await page.goto(`${STOREFRONT_URL}/produk/${handle}`)
          inStock = await page.getByTestId("product-stock").first().getAttribute("data-in-stock")
          if (inStock === "false" || Date.now() > deadline) break
          await page.waitForTimeout(250)
        }
        assert.equal(inStock, "false")
      })
    })
  })
}
