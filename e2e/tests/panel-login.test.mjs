// Journey: a lapas staff member logs in to the panel (Pusat Lapas) on a phone and on a desktop.
// A wrong password is refused in Indonesian; the right one shows the member's lapas from
// GET /lapas-api/me and only the sections of the lapas_staff role; "Keluar" ends the session.
import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { saveScreenshot } from "../lib/browser.mjs"
import { step } from "../lib/journey.mjs"
import {
  DESKTOP,
  PANEL_STAFF_EMAIL,
  PANEL_URL,
  PHONE,
  launchPanelBrowser,
  loginToPanel,
  logoutOfPanel,
  openPanelMenu,
} from "../lib/panel.mjs"

/** The demo lapas of staff+tangerang (backend/src/scripts/demo-data/catalogue.ts). */
const LAPAS_NAME = "Lapas Kelas I Tangerang"

for (const [device, settings] of [
  ["phone", PHONE],
  ["desktop", DESKTOP],
]) {
  describe(`panel login on a ${device}`, () => {
    const session = { browser: null, page: null }
    before(async () => Object.assign(session, await launchPanelBrowser(settings)))
    after(async () => session.browser?.close())

    test("without a session the panel sends the member to /masuk", async () => {
      const { page } = session
      await page.goto(`${PANEL_URL}/pesanan`)
      const url = new URL(page.url())
      assert.equal(url.pathname, "/masuk")
      assert.equal(url.searchParams.get("next"), "/pesanan")
      assert.equal(await page.locator("html").getAttribute("lang"), "id")
    })

    test("a wrong password is refused in Indonesian", async () => {
      const { page } = session
      await step(page, "wrong password", `panel-${device}-wrong-password`, async () => {
        await page.goto(`${PANEL_URL}/masuk`)
        await page.getByLabel("E-mail").fill(PANEL_STAFF_EMAIL)
        await page.getByLabel("Kata sandi").fill("bukan-sandinya")
        await page.getByRole("button", { name: "Masuk" }).click()
        const error = page.getByTestId("form-error")
        await error.waitFor()
        assert.equal((await error.textContent())?.trim(), "E-mail atau kata sandi salah.")
        assert.equal(new URL(page.url()).pathname, "/masuk")
      })
      await saveScreenshot(page, `panel-${device}-wrong-password`)
    })

    test("the staff member logs in, sees their lapas and their role's sections, and logs out", async () => {
      const { page } = session
      await step(page, "log in", `panel-${device}-login`, () => loginToPanel(page, PANEL_STAFF_EMAIL))
      assert.equal(new URL(page.url()).pathname, "/")
      await step(page, "home shows the lapas from /lapas-api/me", `panel-${device}-home`, async () => {
        assert.equal((await page.getByTestId("home-lapas").textContent())?.trim(), LAPAS_NAME)
      })
      await saveScreenshot(page, `panel-${device}-home`)

      await step(page, "navigation of lapas_staff", `panel-${device}-nav`, async () => {
        await openPanelMenu(page)
        const nav = page.getByTestId("panel-nav")
        assert.equal((await page.getByTestId("member-lapas").textContent())?.trim(), LAPAS_NAME)
        assert.equal(await nav.getByRole("link", { name: "Katalog", exact: true }).count(), 1)
        assert.equal(await nav.getByRole("link", { name: "Keuangan", exact: true }).count(), 0)
        assert.equal(await nav.getByRole("link", { name: "Nasional", exact: true }).count(), 0)
      })
      await saveScreenshot(page, `panel-${device}-nav`)

      await step(page, "a section of another role is not found", `panel-${device}-keuangan`, async () => {
        const response = await page.goto(`${PANEL_URL}/keuangan`)
        assert.equal(response?.status(), 404)
      })

      await step(page, "log out", `panel-${device}-logout`, async () => {
        await page.goto(`${PANEL_URL}/`)
        await logoutOfPanel(page)
        await page.goto(`${PANEL_URL}/katalog`)
        assert.equal(new URL(page.url()).pathname, "/masuk", "after logging out the panel asks for a login again")
      })
    })
  })
}
