// The buyer's journeys of the storefront issue, on a phone (390×844) against the real backend with
// the demo data. They run in order: the lookup journey looks up the order the first one placed.
import assert from "node:assert/strict"
import { after, before, test } from "node:test"
import { STOREFRONT_URL, launchPhone, saveScreenshot } from "../lib/browser.mjs"
import {
  BUYER,
  addCurrentProductToCart,
  addProductToCart,
  assertRupiah,
  countOrders,
  expectStep,
  fillAddress,
  submitStep,
} from "../lib/store.mjs"

let browser
let page
before(async () => {
  ;({ browser, page } = await launchPhone())
})
after(async () => {
  await browser?.close()
})

/** The order the first journey placed: its number and the email it was placed with. */
const placed = { number: null, email: BUYER.email }

/** From the cart to the review step, paying by bank transfer and taking the first delivery option per lapas. */
async function checkoutByBankTransfer() {
  await page.goto(`${STOREFRONT_URL}/keranjang`)
  await page.getByTestId("cart-line").first().waitFor()
  await page.getByTestId("cart-checkout").click()
  await expectStep(page, /langkah=alamat|\/checkout$/)
  await fillAddress(page)
  await submitStep(page)

  await expectStep(page, /langkah=pengiriman/)
  const groups = page.getByTestId("delivery-group")
  const lapasCount = await groups.count()
  assert.ok(lapasCount >= 1, "one delivery choice per lapas")
  for (let i = 0; i < lapasCount; i++) {
    await groups.nth(i).locator('input[type="radio"][data-kind="courier"]').check()
  }
  await submitStep(page)

  await expectStep(page, /langkah=pembayaran/)
  await page.getByTestId("payment-bank_transfer").check()
  await submitStep(page)

  await expectStep(page, /langkah=tinjau/)
  await page.getByTestId("place-order").click()
  await page.waitForURL(/\/pesanan\/[^/?]+/, { timeout: 30_000 })
  const number = (await page.getByTestId("order-number").textContent())?.trim() ?? ""
  assert.match(number, /#\d+/, `the confirmation shows the order number: "${number}"`)
  return number.match(/\d+/)[0]
}

test("wrong input in checkout gets an Indonesian message and creates no order", async () => {
  const ordersBefore = await countOrders()

  await page.goto(`${STOREFRONT_URL}/checkout`)
  const emptyCart = (await page.locator("main").textContent()) ?? ""
  assert.match(emptyCart, /keranjang.*kosong/i, "an empty cart cannot be checked out")

  await addProductToCart(page, "jahe-instan")
  await page.goto(`${STOREFRONT_URL}/checkout?langkah=alamat`)
  await fillAddress(page, { postalCode: "", phone: "12345" })
  await submitStep(page)
  const error = page.getByTestId("checkout-error").first()
  await error.waitFor()
  const message = (await page.locator("main").textContent()) ?? ""
  assert.match(message, /kode pos/i, "names the missing postal code")
  assert.match(message, /(nomor )?(telepon|HP|ponsel)/i, "names the invalid phone number")
  assert.ok(!/langkah=pengiriman/.test(page.url()), "stays on the address step")
  await saveScreenshot(page, "checkout-wrong-input")

  assert.equal(await countOrders(), ordersBefore, "no order was created")
})

test("journey 1: home → category → product → cart → bank transfer → confirmation with transfer instructions", async () => {
  await page.goto(STOREFRONT_URL)
  await page.getByRole("link", { name: /makanan/i }).first().click()
  await page.waitForURL(/kategori/)
  const card = page.getByTestId("product-card").filter({ hasText: "Jahe Instan Bojonegoro" })
  await card.first().getByRole("link").first().click()
  await page.waitForURL(/\/produk\/jahe-instan$/)
  assertRupiah(await page.getByTestId("product-price").textContent(), "product price")
  const impact = (await page.getByTestId("product-impact").textContent()) ?? ""
  assert.match(impact, /Rp \d{1,3}(\.\d{3})*.*premi/i, `the page tells the premi of one unit: "${impact}"`)
  await addCurrentProductToCart(page)

  placed.number = await checkoutByBankTransfer()
  const transfer = page.getByTestId("transfer-instructions")
  await transfer.waitFor()
  const text = (await transfer.textContent()) ?? ""
  assert.match(text, /Lapas Kelas IIA Bojonegoro|Bojonegoro/, "the transfer goes to the lapas's account")
  const amounts = await page.getByTestId("transfer-amount").allTextContents()
  assert.ok(amounts.length >= 1, "the exact amount to transfer is shown")
  for (const amount of amounts) assertRupiah(amount, "transfer amount")
  await saveScreenshot(page, "journey-1-confirmation")
})

test("journey 2: a guest finds that order with its number and email", async () => {
  assert.ok(placed.number, "journey 1 placed an order")
  await page.goto(`${STOREFRONT_URL}/lacak-pesanan`)
  const form = page.getByTestId("lookup-form")
  await form.locator('[name="number"]').fill(placed.number)
  await form.locator('[name="email"]').fill("nobody@example.id")
  await form.locator('button[type="submit"]').click()
  await page.getByText(/tidak ditemukan/i).first().waitFor()

  await form.locator('[name="number"]').fill(placed.number)
  await form.locator('[name="email"]').fill(placed.email.toUpperCase())
  await form.locator('button[type="submit"]').click()
  const number = page.getByTestId("order-number")
  await number.waitFor()
  assert.match((await number.textContent()) ?? "", new RegExp(`#${placed.number}\\b`))
  await page.getByTestId("transfer-instructions").waitFor()
  await saveScreenshot(page, "journey-2-guest-lookup")
})

test("journey 4: a cart with products of two lapas checks out as one order", async () => {
  await addProductToCart(page, "kunyit-instan") // Lapas Bojonegoro
  await addProductToCart(page, "kotak-tisu-kayu") // Lapas Tanjungpinang
  await page.goto(`${STOREFRONT_URL}/keranjang`)
  assert.equal(await page.getByTestId("cart-lapas-group").count(), 2, "the cart shows one group per lapas")

  const ordersBefore = await countOrders()
  await checkoutByBankTransfer()
  assert.equal(await countOrders(), ordersBefore + 1, "one order for both lapas")
  const groups = page.getByTestId("order-lapas-group")
  assert.equal(await groups.count(), 2, "the confirmation shows which lapas sends what")
  const texts = await groups.allTextContents()
  assert.ok(texts.some((t) => /Bojonegoro/.test(t) && /Kunyit/.test(t)))
  assert.ok(texts.some((t) => /Tanjungpinang/.test(t) && /Kotak Tisu/i.test(t)))
  assert.equal(await page.getByTestId("transfer-amount").count(), 2, "one transfer per lapas account")
  await saveScreenshot(page, "journey-4-two-lapas")
})
