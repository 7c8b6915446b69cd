// Journey: finance of a lapas works in the panel (Pusat Lapas) on a phone and on a desktop:
// opens Keuangan → PNBP (last month), records a deposit with its NTPN, closes the month after
// confirming, sees a deposit for the closed month refused, downloads the PNBP report as PDF and
// XLSX (through the panel's server-side download route), and opens the ledger.
// Each device works for its own lapas, so each closes its own month.
import assert from "node:assert/strict"
import { readFile } from "node:fs/promises"
import { after, before, describe, test } from "node:test"
import { saveScreenshot } from "../lib/browser.mjs"
import { financeEmail, step } from "../lib/admin.mjs"
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

    test("finance closes last month after confirming, and the month then refuses deposits", async () => {
      const { page } = session
      await step(page, "close the month", `finance-${device}-close`, async () => {
        const form = page.getByTestId("close-month-form")
        const button = form.getByRole("button", { name: `Tutup ${label}` })
        await button.click()
        await form.getByText("Centang konfirmasi terlebih dahulu.").waitFor()
        await form.getByLabel(`Saya sudah memeriksa angka ${label} dan ingin menutupnya.`).check()
        await button.click()
        await page.getByText(`${label} sudah ditutup.`).or(page.getByText("Bulan ini sudah ditutup.")).first().waitFor()
        await page.goto(`${PANEL_URL}/keuangan/pnbp?bulan=${month}`)
        assert.equal((await page.getByTestId("pnbp-status").textContent())?.trim(), "Ditutup")
      })
      await saveScreenshot(page, `finance-${device}-closed`)

      await step(page, "a deposit for the closed month is refused", `finance-${device}-closed-deposit`, async () => {
        const form = page.getByTestId("deposit-form")
        await form.getByLabel("NTPN").fill(newNtpn())
        await form.getByLabel("Kode billing").fill("820261015000124")
        await form.getByLabel("Jumlah (Rp)").fill("5000")
        await form.getByRole("button", { name: "Simpan setoran" }).click()
        const error = form.getByTestId("deposit-error")
        await error.waitFor()
        assert.match(await error.textContent(), /bulan yang sudah ditutup/)
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
          assert.equal(download.suggestedFilename(), `pnbp-${lapas}-${month}-01-${lastDay(month)}${ext}`)
          const file = await download.path()
          const bytes = await readFile(file)
          assert.equal(bytes.subarray(0, magic.length).toString("latin1"), magic)
          assert.ok(bytes.length > 500, `${format} has content`)
        })
      }
    })

    test("finance opens the ledger", async () => {
      const { page } = session
      await step(page, "ledger", `finance-${device}-ledger`, async () => {
        await page.goto(`${PANEL_URL}/keuangan/buku-besar`)
        await page.getByRole("heading", { level: 1, name: "Buku besar" }).waitFor()
        await page.getByTestId("ledger-totals").waitFor()
        await page.getByTestId("ledger-filters").getByLabel("Jenis").selectOption("sale")
        await page.getByTestId("ledger-filters").getByRole("button", { name: "Terapkan" }).click()
        await page.waitForURL((url) => url.searchParams.get("jenis") === "sale")
      })
      await saveScreenshot(page, `finance-${device}-ledger`)
    })
  })
}

function lastDay(month) {
  const [y, m] = month.split("-").map(Number)
  return String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")
}
