// The members' side of the journeys: the panel (Pusat Lapas), served by the e2e stack's `next start`
// on E2E_PANEL_PORT (scripts/lib/production-stack.mjs `panelPort`), on a phone and on a desktop.
import { launchChromium, saveScreenshot } from "./browser.mjs"

export const PANEL_URL = process.env.E2E_PANEL_URL || `http://localhost:${process.env.E2E_PANEL_PORT || 7101}`
/** The demo members' password (backend/src/scripts/demo-data: DEMO_ADMIN_PASSWORD or "karyabinaan"). */
export const MEMBER_PASSWORD = process.env.DEMO_ADMIN_PASSWORD ?? "karyabinaan"
/** The demo lapas_staff member of Lapas Kelas I Tangerang (override with E2E_PANEL_STAFF_EMAIL). */
export const PANEL_STAFF_EMAIL = process.env.E2E_PANEL_STAFF_EMAIL ?? "staff+lapas-tangerang@karyabinaan.test"

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
export const DESKTOP = { viewport: { width: 1280, height: 800 } }

/** A browser with one page of the given size (PHONE or DESKTOP), in Indonesian, in WIB. */
export async function launchPanelBrowser(device) {
  const browser = await launchChromium()
  const context = await browser.newContext({ ...device, locale: "id-ID", timezoneId: "Asia/Jakarta" })
  const page = await context.newPage()
  page.setDefaultTimeout(30_000)
  return { browser, page }
}

/** On a phone the navigation sits behind the top bar's menu button; this opens it when it is closed. */
export async function openPanelMenu(page) {
  const button = page.getByTestId("menu-button")
  if (!(await button.isVisible())) return
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click()
  await page.getByTestId("panel-nav").waitFor({ state: "visible" })
}

/**
 * Logs in through /masuk and resolves on the home page. A refusal fails with what the form said
 * (the page's Indonesian error), so a red run names the cause.
 */
export async function loginToPanel(page, email, password = MEMBER_PASSWORD) {
  await page.goto(`${PANEL_URL}/masuk`)
  const form = page.getByTestId("login-form")
  await form.getByLabel("E-mail").fill(email)
  await form.getByLabel("Kata sandi").fill(password)
  await form.getByRole("button", { name: "Masuk" }).click()
  const outcome = await Promise.race([
    page.waitForURL((url) => !url.pathname.startsWith("/masuk"), { timeout: 30_000 }).then(() => "in"),
    form.getByTestId("form-error").waitFor({ timeout: 30_000 }).then(() => "refused"),
  ])
  if (outcome === "refused") {
    const said = (await form.getByTestId("form-error").textContent())?.trim()
    const file = await saveScreenshot(page, "panel-login-refused").catch(() => null)
    throw new Error(`${email} could not log in to the panel: "${said}"${file ? ` (screenshot ${file})` : ""}`)
  }
}

/** Logs out with the layout's "Keluar" button and resolves on the login page. */
export async function logoutOfPanel(page) {
  await openPanelMenu(page)
  await page.getByTestId("logout").click()
  await page.waitForURL((url) => url.pathname === "/masuk")
}
