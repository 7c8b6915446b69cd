// Journey: a national member invites a lapas staff member from the panel (desktop), the invitee
// opens the link from the invitation e-mail on a phone, sets a password, logs in and sees their
// lapas. Along the way the national screens are shown on a desktop and on a phone.
import assert from "node:assert/strict"
import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { after, before, describe, test } from "node:test"
import { saveScreenshot } from "../lib/browser.mjs"
import { step } from "../lib/journey.mjs"
import { DESKTOP, PANEL_URL, PHONE, launchPanelBrowser, loginToPanel } from "../lib/panel.mjs"

const NATIONAL_EMAIL = process.env.E2E_PANEL_NATIONAL_EMAIL ?? "nasional@karyabinaan.test"
/** The demo lapas the invitee will work for (backend/src/scripts/demo-data/catalogue.ts). */
const LAPAS_NAME = "Lapas Kelas I Tangerang"
/** Where the backend's local e-mail provider writes each message (NOTIFICATION_DIR, default backend/.notifications). */
const MAIL_DIR =
  process.env.NOTIFICATION_DIR ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../backend/.notifications")

const invitee = { name: "Rina Wulandari", email: `rina.e2e.${Date.now()}@karyabinaan.test`, password: "rahasia-rina-2026" }

/** The invitation link in the readable copy of the newest e-mail to `to` (waits for it to be written). */
async function invitationLink(to) {
  const started = Date.now()
  for (;;) {
    let files = []
    try {
      files = readdirSync(MAIL_DIR).filter((f) => f.includes("member-invitation") && f.endsWith(".txt")).sort().reverse()
    } catch {}
    for (const file of files) {
      const text = readFileSync(path.join(MAIL_DIR, file), "utf8")
      if (!text.includes(`To: ${to}`)) continue
      const match = text.match(/https?:\/\/\S+\/undangan\?token=\S+/)
      assert.ok(match, `the invitation e-mail ${file} holds a link to /undangan`)
      return new URL(match[0])
    }
    if (Date.now() - started > 30_000) throw new Error(`No invitation e-mail to ${to} in ${MAIL_DIR}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

describe("national invites a staff member, who then logs in", () => {
  const desktop = { browser: null, page: null }
  const phone = { browser: null, page: null }
  before(async () => {
    Object.assign(desktop, await launchPanelBrowser(DESKTOP))
    Object.assign(phone, await launchPanelBrowser(PHONE))
  })
  after(async () => {
    await desktop.browser?.close()
    await phone.browser?.close()
  })

  test("the national member sees the registry and invites a staff member of Tangerang (desktop)", async () => {
    const { page } = desktop
    await step(page, "log in as national", "panel-national-login", () => loginToPanel(page, NATIONAL_EMAIL))
    await step(page, "the lapas registry", "panel-national-lapas", async () => {
      await page.goto(`${PANEL_URL}/nasional/lapas`)
      await page.getByRole("link", { name: LAPAS_NAME }).waitFor()
    })
    await saveScreenshot(page, "panel-national-desktop-lapas")

    await step(page, "invite", "panel-national-invite", async () => {
      await page.goto(`${PANEL_URL}/nasional/anggota`)
      const form = page.getByTestId("invite-form")
      await form.getByLabel("Nama").fill(invitee.name)
      await form.getByLabel("E-mail").fill(invitee.email)
      await form.getByLabel("Peran").selectOption("lapas_staff")
      await form.getByLabel("Lapas").selectOption({ label: LAPAS_NAME })
      await form.getByRole("button", { name: "Kirim undangan" }).click()
      const done = form.getByTestId("form-success")
      await done.waitFor()
      assert.match((await done.textContent()) ?? "", new RegExp(`Undangan terkirim ke ${invitee.email.replace(/[.+]/g, "\\$&")}`))
      // The list shows the member as invited.
      await page.goto(`${PANEL_URL}/nasional/anggota?q=${encodeURIComponent(invitee.email)}`)
      await page.getByText(invitee.email).waitFor()
      await page.locator(".badge", { hasText: "Diundang" }).first().waitFor()
    })
    await saveScreenshot(page, "panel-national-desktop-members")
  })

  test("the national screens fit a phone", async () => {
    const { page } = phone
    await step(page, "log in as national on a phone", "panel-national-phone-login", () => loginToPanel(page, NATIONAL_EMAIL))
    for (const [pathName, shot] of [
      ["/nasional/anggota", "members"],
      ["/nasional/kebijakan", "policies"],
      ["/nasional/permintaan-pencarian", "demand"],
      ["/nasional/indikator", "indicators"],
    ]) {
      await step(page, `phone ${pathName}`, `panel-national-phone-${shot}`, async () => {
        const response = await page.goto(`${PANEL_URL}${pathName}`)
        assert.equal(response?.status(), 200, `${pathName} answers 200`)
        await page.getByRole("heading", { level: 1 }).waitFor()
        // A phone browser widens its layout viewport to the content; the page must stay at the device's width.
        const width = await page.evaluate(() => document.documentElement.scrollWidth)
        assert.ok(width <= PHONE.viewport.width + 1, `${pathName} fits the phone's width (${width}px wide)`)
      })
      await saveScreenshot(page, `panel-national-phone-${shot}`)
    }
    await phone.page.context().clearCookies()
  })

  test("the invitee opens the e-mail's link on a phone, sets a password, logs in and sees their lapas", async () => {
    const { page } = phone
    const link = await invitationLink(invitee.email)
    const token = link.searchParams.get("token")
    assert.ok(token && token.length >= 40, "the link carries the invitation token")

    await step(page, "accept the invitation", "panel-invitee-accept", async () => {
      await page.goto(`${PANEL_URL}/undangan?token=${encodeURIComponent(token)}`)
      await page.getByLabel("Kata sandi baru").fill(invitee.password)
      await page.getByLabel("Ulangi kata sandi").fill(invitee.password)
      await page.getByRole("button", { name: "Aktifkan akun" }).click()
      await page.waitForURL((url) => url.pathname === "/masuk")
    })
    await saveScreenshot(page, "panel-invitee-phone-accepted")

    await step(page, "log in with the new password", "panel-invitee-login", () => loginToPanel(page, invitee.email, invitee.password))
    await step(page, "home shows the lapas", "panel-invitee-home", async () => {
      assert.equal((await page.getByTestId("home-lapas").textContent())?.trim(), LAPAS_NAME)
    })
    await step(page, "the lapas page shows their lapas", "panel-invitee-lapas", async () => {
      await page.goto(`${PANEL_URL}/lapas`)
      assert.equal((await page.getByRole("heading", { level: 1 }).textContent())?.trim(), LAPAS_NAME)
      await page.getByText(invitee.email).waitFor()
    })
    await saveScreenshot(page, "panel-invitee-phone-lapas")

    await step(page, "the link works once", "panel-invitee-link-used", async () => {
      await page.context().clearCookies()
      await page.goto(`${PANEL_URL}/undangan?token=${encodeURIComponent(token)}`)
      await page.getByLabel("Kata sandi baru").fill("sandi-lain-2026")
      await page.getByLabel("Ulangi kata sandi").fill("sandi-lain-2026")
      await page.getByRole("button", { name: "Aktifkan akun" }).click()
      const error = page.getByTestId("form-error")
      await error.waitFor()
      assert.match((await error.textContent()) ?? "", /tidak berlaku lagi/)
    })
  })
})
