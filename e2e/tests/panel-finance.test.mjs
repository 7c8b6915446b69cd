// Journey: finance of a lapas works in the panel (Pusat Lapas) on a phone and on a desktop:
// opens Keuangan → PNBP (last month), records a deposit with its NTPN, closes the month after
// confirming (the closed month then offers no deposit form), downloads the PNBP report as PDF and
// XLSX (through the panel's server-side download route), and opens the ledger.
// Each device works for its own lapas, so each closes its own month.
import assert from "node:assert/strict"
import { readFile } from "node:fs/promises"
import { after, before, describe, test } from "node:test"
import { saveScreenshot } from "../lib/browser.mjs"
import { BACKEND_URL, adminToken, financeEmail, step } from "../lib/journey.mjs"
import { DESKTOP, PANEL_URL, PHONE, launchPanelBrowser, loginToPanel, openPanelMenu } from "../lib/panel.mjs"

const MONTHS_ID = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(" ")
const WIB = 7 * 3600_000

/** Last month in WIB (every demo lapas keeps WIB), as YYYY-MM and in Indonesian words. */
function lastMonth() {
  const now = new Date(Date.now() + WIB)
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))
  return {
    month: first.toISOString().slice(0, 7),
    label: `${MONTHS_ID[first.getUTCMonth()]} ${first.getUTCFullYear()}`,
  }
}


const PUBLISHABLE_KEY = process.env.E2E_PUBLISHABLE_KEY
/** A product of each journey's lapas (backend/src/scripts/demo-data/catalogue.ts). */
const PRODUCT_OF = { "lapas-bojonegoro": "jahe-instan", "lapas-surabaya": null }

async function api(path, { method = "GET", body, headers = {} } = {}) {
  const response = await fetch(`${BACKEND_URL}${path}`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const data = await response.json().catch(() => null)
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${JSON.stringify(data)}`)
  return data
}

/**
 * An order of the lapas's product placed through the store API and captured by the Medusa admin
 * user (the setup the panel cannot do), so its shares are booked for the ledger and shares screens.
 */
async function placeCapturedOrder(productHandle) {
  const store = { "x-publishable-api-key": PUBLISHABLE_KEY }
  const { regions } = await api(`/store/regions`, { headers: store })
  const { products } = await api(`/store/products?handle=${productHandle}&fields=variants.id`, { headers: store })
  const { cart } = await api(`/store/carts`, {
    method: "POST",
    headers: store,
    body: {
      region_id: regions[0].id,
      email: "keuangan.e2e@example.id",
      items: [{ variant_id: products[0].variants[0].id, quantity: 2 }],
      shipping_address: {
        first_name: "Sari",
        last_name: "Wulandari",
        address_1: "Jl. Darmo 12",
        address_2: "Tegalsari", // the kecamatan, as any Medusa client sends it
        city: "Kota Surabaya",
        province: "Jawa Timur",
        postal_code: "60241",
        country_code: "id",
        phone: "+6281234567890",
      },
    },
  })
  const shipping = await api(`/store/carts/${cart.id}/lapas-shipping`, { headers: store })
  const optionIds = shipping.groups.map((group) => group.options.find((o) => o.kind === "courier").id)
  await api(`/store/carts/${cart.id}/lapas-shipping`, { method: "POST", headers: store, body: { option_ids: optionIds } })
  const { payment_collection } = await api(`/store/payment-collections`, { method: "POST", headers: store, body: { cart_id: cart.id } })
  await api(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    method: "POST",
    headers: store,
    body: { provider_id: "pp_system_default" },
  })
  const completed = await api(`/store/carts/${cart.id}/complete`, { method: "POST", headers: store, body: {} })
  const orderId = completed.order.id
  const admin = { authorization: `Bearer ${await adminToken("admin@karyabinaan.test")}` }
  const { order } = await api(`/admin/orders/${orderId}?fields=id,payment_collections.payments.id`, { headers: admin })
  await api(`/admin/payments/${order.payment_collections[0].payments[0].id}/capture`, { method: "POST", headers: admin, body: {} })
  return orderId
}

let seq = 0
/** A 16-character NTPN unique to this run. */
const newNtpn = () => `E2E${String(Date.now()).slice(-9)}${String(++seq).padStart(4, "0")}`

for (const [device, settings, lapas] of [
  ["phone", PHONE, "lapas-bojonegoro"],
  ["desktop", DESKTOP, "lapas-surabaya"],
]) {
  describe(`finance on a ${device}`, () => {
    const session = { browser: null, page: null }
    before(async () => {
      Object.assign(session, await launchPanelBrowser(settings))
      // Downloads land in the browser's temporary folder; the test reads them from there.
    })
    after(async () => session.browser?.close())
    const { month, label } = lastMonth()
    const ntpn = newNtpn()

    test("finance records a PNBP deposit for last month", async () => {
      const { page } = session
      await step(page, "log in", `finance-${device}-login`, () => loginToPanel(page, financeEmail(lapas)))
      await step(page, "open Keuangan → PNBP", `finance-${device}-pnbp`, async () => {
        await openPanelMenu(page)
        await page.getByTestId("panel-nav").getByRole("link", { name: "Keuangan", exact: true }).click()
        await page.waitForURL((url) => url.pathname === "/keuangan")
        await page.getByTestId("finance-month").waitFor()
        await saveScreenshot(page, `finance-${device}-overview`)
        await page.getByRole("navigation", { name: "Bagian keuangan" }).getByRole("link", { name: "PNBP", exact: true }).click()
        await page.waitForURL((url) => url.pathname === "/keuangan/pnbp")
        await page.getByRole("heading", { level: 1, name: "PNBP" }).waitFor()
        assert.match(await page.getByText(`Rekonsiliasi PNBP ${label}`).textContent(), new RegExp(label))
      })
      await saveScreenshot(page, `finance-${device}-pnbp-before`)

      await step(page, "record the deposit", `finance-${device}-deposit`, async () => {
        const form = page.getByTestId("deposit-form")
        await form.getByLabel("NTPN").fill(ntpn.toLowerCase())
        await form.getByLabel("Kode billing").fill("820261015000123")
        await form.getByLabel("Jumlah (Rp)").fill("125.000")
        await form.getByRole("button", { name: "Simpan setoran" }).click()
        const saved = form.getByTestId("deposit-saved")
        await saved.waitFor()
        assert.match(await saved.textContent(), new RegExp(`Setoran NTPN ${ntpn} sebesar Rp 125\\.000 tercatat`))
        // The month's deposits list it (the page is revalidated after the action).
        await page.getByText(ntpn, { exact: true }).first().waitFor()
      })
      await saveScreenshot(page, `finance-${device}-deposit-saved`)
    })

    test("finance closes last month after confirming, and the month then takes no deposits", async () => {
      const { page } = session
      await step(page, "close the month", `finance-${device}-close`, async () => {
        const form = page.getByTestId("close-month-form")
        const button = form.getByRole("button", { name: `Tutup ${label}` })
        await button.click()
        await form.getByText("Centang konfirmasi terlebih dahulu.").waitFor()
        await form.getByLabel(`Saya sudah memeriksa angka ${label} dan ingin menutupnya.`).check()
        // The close preview says how the month stands; a month deposited other than booked asks a second tick.
        const status = await form.getByTestId("close-preview-status").textContent()
        assert.match(status, new RegExp(`${label}`))
        const difference = form.getByLabel(new RegExp(`Saya tahu ${label} masih .* dan tetap ingin menutupnya\\.`))
        if (/(lebih|kurang) setor/.test(status)) await difference.check()
        else assert.equal(await difference.count(), 0)
        await button.click()
        await page.getByText(`${label} sudah ditutup.`).or(page.getByText("Bulan ini sudah ditutup.")).first().waitFor()
        await page.goto(`${PANEL_URL}/keuangan/pnbp?bulan=${month}`)
        assert.equal((await page.getByTestId("pnbp-status").textContent())?.trim(), "Ditutup")
      })
      await saveScreenshot(page, `finance-${device}-closed`)

      await step(page, "the closed month takes no more deposits", `finance-${device}-closed-deposit`, async () => {
        const closed = page.getByTestId("deposit-closed")
        await closed.waitFor()
        assert.match(await closed.textContent(), new RegExp(`${label} sudah ditutup`))
        assert.equal(await page.getByTestId("deposit-form").count(), 0)
        // The month's deposit is still listed.
        await page.getByText(ntpn, { exact: true }).first().waitFor()
      })
    })

    test("finance downloads the month's PNBP report as PDF and XLSX", async () => {
      const { page } = session
      for (const [format, magic, ext] of [
        ["pdf", "%PDF-", ".pdf"],
        ["xlsx", "PK", ".xlsx"],
      ]) {
        await step(page, `download ${format}`, `finance-${device}-download-${format}`, async () => {
          const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(`download-${format}`).click()])
          assert.equal(download.suggestedFilename(), `pnbp-${lapas}-${month}-01-${month}-${lastDay(month)}${ext}`)
          const file = await download.path()
          const bytes = await readFile(file)
          assert.equal(bytes.subarray(0, magic.length).toString("latin1"), magic)
          assert.ok(bytes.length > 500, `${format} has content`)
        })
      }
    })

    test("finance opens the ledger and an order's shares", async () => {
      const { page } = session
      const product = PRODUCT_OF[lapas]
      const orderId = product ? await placeCapturedOrder(product) : null
      await step(page, "ledger", `finance-${device}-ledger`, async () => {
        await page.goto(`${PANEL_URL}/keuangan/buku-besar`)
        await page.getByRole("heading", { level: 1, name: "Buku besar" }).waitFor()
        await page.getByTestId("ledger-totals").waitFor()
        await page.getByTestId("ledger-filters").getByLabel("Jenis").selectOption("sale")
        await page.getByTestId("ledger-filters").getByRole("button", { name: "Terapkan" }).click()
        await page.waitForURL((url) => url.searchParams.get("jenis") === "sale")
        if (orderId) {
          // Booked by the payment.captured subscriber: wait for it, reloading the screen.
          for (let i = 0; i < 30 && (await page.getByRole("link", { name: orderId }).count()) === 0; i++) {
            await page.waitForTimeout(1000)
            await page.reload()
          }
        }
      })
      await saveScreenshot(page, `finance-${device}-ledger`)
      if (!orderId) return
      await step(page, "an order's shares from the ledger", `finance-${device}-shares`, async () => {
        await page.getByRole("link", { name: orderId }).first().click()
        await page.waitForURL((url) => url.pathname === `/keuangan/pesanan/${orderId}`)
        await page.getByRole("heading", { level: 1, name: "Bagi hasil pesanan" }).waitFor()
        const figures = page.getByTestId("order-shares")
        await figures.waitFor()
        assert.match(await figures.textContent(), /Laba\s*Rp [\d.]+/)
        await page.getByRole("heading", { name: "Baris pesanan" }).waitFor()
      })
      await saveScreenshot(page, `finance-${device}-shares`)
    })
  })
}

function lastDay(month) {
  const [y, m] = month.split("-").map(Number)
  return String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")
}
