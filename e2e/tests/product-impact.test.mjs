// Issue 19, point 5, on a phone against the production build and the demo data: the impact block
// follows the variant the buyer picks (without reloading the page), and the makers shown on a
// product are those of its own production batches.
import assert from "node:assert/strict"
import { after, before, test } from "node:test"
import pg from "pg"
import { STOREFRONT_URL, saveScreenshot, usePhone } from "../lib/browser.mjs"
import { BACKEND_URL, step } from "../lib/journey.mjs"

const phone = usePhone({ before, after })
const store = { "x-publishable-api-key": process.env.E2E_PUBLISHABLE_KEY ?? "" }

/** A store API answer, as the storefront's server reads it. */
async function storeGet(path) {
  const response = await fetch(`${BACKEND_URL}${path}`, { headers: store })
  assert.equal(response.status, 200, `GET ${path}`)
  return response.json()
}

/** Display names of the consented makers of the product's own batches, read from the database. */
async function batchMakersOf(productId) {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL })
  await client.connect()
  try {
    const { rows } = await client.query(
      `SELECT DISTINCT i.display_name
         FROM production_batch b
         JOIN product_variant v ON v.id = b.variant_id
         JOIN production_batch_maker m ON m.batch_id = b.id AND m.deleted_at IS NULL
         JOIN inmate i ON i.id = m.inmate_id
        WHERE v.product_id = $1 AND b.deleted_at IS NULL AND i.consent_public AND i.display_name IS NOT NULL`,
      [productId]
    )
    return rows.map((r) => r.display_name)
  } finally {
    await client.end()
  }
}

const rupiah = (amount) => `Rp ${new Intl.NumberFormat("id-ID").format(amount)}`

test("the impact follows the chosen variant of jahe instan, and its maker is one who made it", async () => {
  const page = phone.page
  const { products } = await storeGet(`/store/products?handle=jahe-instan&fields=id,variants.id,variants.title`)
  const product = products[0]
  const { variants: impacts } = await storeGet(`/store/products/${product.id}/impact`)
  const impactOf = (title) => impacts.find((i) => i.variant_id === product.variants.find((v) => v.title === title).id)
  const small = impactOf("250 g")
  const large = impactOf("500 g")
  assert.notEqual(small.premi_at_least, large.premi_at_least, "the two variants' premi differ in the demo")

  await step(page, "open the product on a phone", "product-impact", async () => {
    await page.goto(`${STOREFRONT_URL}/produk/jahe-instan`)
    await page.getByTestId("product-impact").waitFor()
  })
  /** The variant the picker has chosen and the figures the impact block shows. */
  const shown = async () => {
    const block = page.getByTestId("product-impact")
    return {
      checked: await page.locator('.variant-options input[type="radio"]:checked').inputValue(),
      premi: Number(await block.getAttribute("data-premi-at-least")),
      text: (await block.textContent()) ?? "",
    }
  }
  const first = await shown()
  const firstImpact = impactOf(first.checked)
  assert.equal(first.premi, firstImpact.premi_at_least, `the first figure is the chosen ${first.checked}'s`)
  assert.ok(first.text.includes(rupiah(firstImpact.price)), `names the ${first.checked} price: "${first.text}"`)
  await saveScreenshot(page, `product-impact-${first.checked.replace(/\s/g, "")}`)

  const other = first.checked === "250 g" ? "500 g" : "250 g"
  await step(page, `switch to ${other}`, "product-impact-switch", async () => {
    // A marker on the window: still there afterwards means the page was not reloaded.
    await page.evaluate(() => {
      window.__impactMarker = true
    })
    await page.locator(".variant-options label").filter({ hasText: new RegExp(`^${other}$`) }).click()
    await page.waitForFunction(
      (expected) => document.querySelector('[data-testid="product-impact"]')?.getAttribute("data-premi-at-least") === expected,
      String(impactOf(other).premi_at_least),
      { timeout: 10_000 }
    )
  })
  const second = await shown()
  assert.equal(second.checked, other)
  assert.equal(second.premi, impactOf(other).premi_at_least, `the figure is now ${other}'s`)
  assert.ok(second.text.includes(rupiah(impactOf(other).price)) && second.text.includes(other), `names ${other}: "${second.text}"`)
  assert.notEqual(second.premi, first.premi, "switching the variant changed the impact figure")
  assert.equal(await page.evaluate(() => window.__impactMarker === true), true, "no page reload")
  assert.equal(await page.getByTestId("product-price").textContent(), rupiah(impactOf(other).price))
  await saveScreenshot(page, `product-impact-${other.replace(/\s/g, "")}`)

  // The makers shown made this product: consented makers of its own batches, exactly.
  const names = await page.locator('[data-testid="product-makers"] .maker__name').allTextContents()
  const made = await batchMakersOf(product.id)
  assert.ok(names.length > 0, "the jahe page shows a maker")
  assert.deepEqual([...names].sort(), [...made].sort(), "the makers shown are those of the product's own batches")
  const { makers } = await storeGet(`/store/products/${product.id}/makers`)
  assert.deepEqual(names, makers.map((m) => m.display_name))
  const stories = await page.locator('[data-testid="product-makers"] .maker__story').allTextContents()
  assert.ok(stories.every((s) => !/lidah buaya/i.test(s)), `no aloe vera maker on the jahe page: ${stories.join(" | ")}`)
})
