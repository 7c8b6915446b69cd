// The buyer's journeys of the storefront issue, on a phone (390×844) against the real backend with
// the demo data. They run in order: the lookup journey looks up the order the first one placed.
import assert from "node:assert/strict"
import { after, before, test } from "node:test"
import { STOREFRONT_URL, usePhone, saveScreenshot } from "../lib/browser.mjs"
import {
  BUYER,
  addCurrentProductToCart,
  addProductToCart,
  assertRupiah,
  checkoutByBankTransfer,
  countOrders,
  fillAddress,
  submitStep,
} from "../lib/store.mjs"

const phone = usePhone({ before, after })

/** The order the first journey placed: its number and the email it was placed with. */
const placed = { number: null, email: BUYER.email }

test("wrong input in checkout gets an Indonesian message and creates no order", async () => {
  const ordersBefore = await countOrders()

  await phone.page.goto(`${STOREFRONT_URL}/checkout`)
  const emptyCart = (await phone.page.locator("main").textContent()) ?? ""
  assert.match(emptyCart, /keranjang.*kosong/i, "an empty cart cannot be checked out")

  await addProductToCart(phone.page, "jahe-instan")
  await phone.page.goto(`${STOREFRONT_URL}/checkout?langkah=alamat`)
  await fillAddress(phone.page, { postalCode: "", phone: "12345" })
  await submitStep(phone.page)
  const error = phone.page.getByTestId("checkout-error").first()
  await error.waitFor()
  const message = (await phone.page.locator("main").textContent()) ?? ""
  assert.match(message, /kode pos/i, "names the missing postal code")
  assert.match(message, /(nomor )?(telepon|HP|ponsel)/i, "names the invalid phone number")
  assert.ok(!/langkah=pengiriman/.test(phone.page.url()), "stays on the address step")
  await saveScreenshot(phone.page, "checkout-wrong-input")

  assert.equal(await countOrders(), ordersBefore, "no order was created")
})

test("journey 1: home → category → product → cart → bank transfer → confirmation with transfer instructions", async () => {
  await phone.page.goto(STOREFRONT_URL)
  await phone.page.getByRole("link", { name: /makanan/i }).first().click()
  await phone.page.waitForURL(/kategori/)
  const card = phone.page.getByTestId("product-card").filter({ hasText: "Jahe Instan Bojonegoro" })
  await card.first().getByRole("link").first().click()
  await phone.page.waitForURL(/\/produk\/jahe-instan$/)
  assertRupiah(await phone.page.getByTestId("product-price").textContent(), "product price")
  const impact = (await phone.page.getByTestId("product-impact").textContent()) ?? ""
  assert.match(impact, /Rp \d{1,3}(\.\d{3})*.*premi/i, `the page tells the premi of one unit: "${impact}"`)
  await addCurrentProductToCart(phone.page)

  placed.number = await checkoutByBankTransfer(phone.page)
  const transfer = phone.page.getByTestId("transfer-instructions")
  await transfer.waitFor()
  const text = (await transfer.textContent()) ?? ""
  assert.match(text, /Lapas Kelas IIA Bojonegoro|Bojonegoro/, "the transfer goes to the lapas's account")
  const amounts = await phone.page.getByTestId("transfer-amount").allTextContents()
  assert.ok(amounts.length >= 1, "the exact amount to transfer is shown")
  for (const amount of amounts) assertRupiah(amount, "transfer amount")
  await saveScreenshot(phone.page, "journey-1-confirmation")
})

test("journey 2: a guest finds that order with its number and email", async () => {
  assert.ok(placed.number, "journey 1 placed an order")
  await phone.page.goto(`${STOREFRONT_URL}/lacak-pesanan`)
  const form = phone.page.getByTestId("lookup-form")
  await form.locator('[name="number"]').fill(placed.number)
  await form.locator('[name="email"]').fill("nobody@example.id")
  await form.locator('button[type="submit"]').click()
  await phone.page.getByText(/tidak ditemukan/i).first().waitFor()

  await form.locator('[name="number"]').fill(placed.number)
  await form.locator('[name="email"]').fill(placed.email.toUpperCase())
  await form.locator('button[type="submit"]').click()
  const number = phone.page.getByTestId("order-number")
  await number.waitFor()
  assert.match((await number.textContent()) ?? "", new RegExp(`#${placed.number}\\b`))
  await phone.page.getByTestId("transfer-instructions").waitFor()
  await saveScreenshot(phone.page, "journey-2-guest-lookup")
})

test("journey 4: a cart with products of two lapas checks out as one order", async () => {
  await addProductToCart(phone.page, "kunyit-instan") // Lapas Bojonegoro
  await addProductToCart(phone.page, "kotak-tisu-kayu") // Lapas Tanjungpinang
  await phone.page.goto(`${STOREFRONT_URL}/keranjang`)
  assert.equal(await phone.page.getByTestId("cart-lapas-group").count(), 2, "the cart shows one group per lapas")

  const ordersBefore = await countOrders()
  await checkoutByBankTransfer(phone.page)
  assert.equal(await countOrders(), ordersBefore + 1, "one order for both lapas")
  const groups = phone.page.getByTestId("order-lapas-group")
  assert.equal(await groups.count(), 2, "the confirmation shows which lapas sends what")
  const texts = await groups.allTextContents()
  assert.ok(texts.some((t) => /Bojonegoro/.test(t) && /Kunyit/.test(t)))
  assert.ok(texts.some((t) => /Tanjungpinang/.test(t) && /Kotak Tisu/i.test(t)))
  assert.equal(await phone.page.getByTestId("transfer-amount").count(), 2, "one transfer per lapas account")
  await saveScreenshot(phone.page, "journey-4-two-lapas")
})
