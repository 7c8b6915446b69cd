// Issue 24: the catalogue pages are served from caches (the backend's catalogue read model and its
// answer cache, the storefront's Next.js data cache under tags), and a price change still shows on
// the product page within one revalidation: the admin changes the variant's price, Medusa's event
// refreshes the read model, the backend tells the storefront which tags to expire, and the next
// view of the page shows the new price. Against the production build and the demo data.
import assert from "node:assert/strict"
import { test } from "node:test"
import { STOREFRONT_URL } from "../lib/browser.mjs"
import { BACKEND_URL, adminToken } from "../lib/journey.mjs"

const HANDLE = "dodol-lidah-buaya"
const NEW_PRICE = 125_000
const store = { "x-publishable-api-key": process.env.E2E_PUBLISHABLE_KEY ?? "" }

/** The price the product page shows (data-testid="product-price"), as the buyer reads it. */
async function shownPrice() {
  const response = await fetch(`${STOREFRONT_URL}/produk/${HANDLE}`)
  assert.equal(response.status, 200, `GET /produk/${HANDLE}`)
  const html = await response.text()
  const match = html.match(/data-testid="product-price"[^>]*>([^<]+)</)
  assert.ok(match, "the product page shows a price")
  return match[1].trim()
}

async function admin(path, init = {}) {
  const token = await adminToken("admin@karyabinaan.test")
  const response = await fetch(`${BACKEND_URL}${path}`, {
    ...init,
    headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...init.headers },
  })
  const body = await response.json().catch(() => ({}))
  assert.ok(response.ok, `${init.method ?? "GET"} ${path}: HTTP ${response.status} ${JSON.stringify(body)}`)
  return body
}

async function setPrice(productId, variantId, amount) {
  await admin(`/admin/products/${productId}/variants/${variantId}`, {
    method: "POST",
    body: JSON.stringify({ prices: [{ currency_code: "idr", amount }] }),
  })
}

/** Reads the page until it shows `expected` (the revalidation is asynchronous: an event, then a POST). */
async function waitForShown(expected, timeoutMs = 30_000) {
  const started = Date.now()
  let last = ""
  while (Date.now() - started < timeoutMs) {
    last = await shownPrice()
    if (last === expected) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  assert.fail(`the product page still shows ${last}, not ${expected}, after ${timeoutMs} ms`)
}

test("a price changed through the admin API shows on the product page within one revalidation", async () => {
  const response = await fetch(`${BACKEND_URL}/store/catalog/products/${HANDLE}`, { headers: store })
  assert.equal(response.status, 200)
  const { product } = await response.json()
  const [variant] = product.variants
  const original = variant.calculated_price.calculated_amount
  assert.notEqual(original, NEW_PRICE)

  const before = await shownPrice()
  assert.equal(before, `Rp ${new Intl.NumberFormat("id-ID").format(original)}`)
  // Read twice: the second view comes from the caches, and still says the same.
  assert.equal(await shownPrice(), before)

  await setPrice(product.id, variant.id, NEW_PRICE)
  try {
    // Well inside the data cache's 300 s safety net: only the revalidation can have expired it.
    const tookMs = await waitForShown("Rp 125.000")
    console.log(`the new price showed ${tookMs} ms after the change`)
    const { product: changed } = await (await fetch(`${BACKEND_URL}/store/catalog/products/${HANDLE}`, { headers: store })).json()
    assert.equal(changed.variants[0].calculated_price.calculated_amount, NEW_PRICE)
  } finally {
    // The other journeys see the demo price again.
    await setPrice(product.id, variant.id, original)
  }
  await waitForShown(before)
})
