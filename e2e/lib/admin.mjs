// The staff side of the journeys: a desktop browser on the Medusa admin dashboard (served by the
// e2e backend at /app, see scripts/lib/production-stack.mjs `admin: true`), demo staff logins, and
// the admin API for checks behind what the pages show.
import pg from "pg"
import { launchChromium, saveScreenshot, useBrowser } from "./browser.mjs"

export const BACKEND_URL = process.env.E2E_BACKEND_URL ?? "http://localhost:9100"
export const ADMIN_URL = process.env.E2E_ADMIN_URL || `${BACKEND_URL}/app`

/** The demo users' password (backend/src/scripts/demo-data: DEMO_ADMIN_PASSWORD or "karyabinaan"). */
export const DEMO_PASSWORD = process.env.DEMO_ADMIN_PASSWORD ?? "karyabinaan"
export const staffEmail = (lapasHandle) => `staff+${lapasHandle}@karyabinaan.test`
export const financeEmail = (lapasHandle) => `finance+${lapasHandle}@karyabinaan.test`

/** The dashboard is a single-page app on a cold server: its first screens get generous waits. */
export const SPA_TIMEOUT = 60_000

/** Debian's Chromium on a laptop-sized screen, as staff at a lapas office use the dashboard. */
export async function launchDesktop() {
  const browser = await launchChromium()
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
    // The backend runs as in production (NODE_ENV=production), where Medusa's login session cookie
    // is Secure: express-session sets it only on requests that reached the server over HTTPS, which
    // behind the TLS proxy of a real deployment it learns from X-Forwarded-Proto. Here the browser
    // plays that proxy's part; Chromium keeps Secure cookies for http://localhost.
    extraHTTPHeaders: { "X-Forwarded-Proto": "https" },
  })
  const page = await context.newPage()
  page.setDefaultTimeout(30_000)
  page.setDefaultNavigationTimeout(SPA_TIMEOUT)
  return { browser, page }
}

/** One desktop browser for the tests of a file (see useBrowser in browser.mjs). */
export function useDesktop(hooks) {
  return useBrowser(launchDesktop, hooks)
}

/**
 * Runs one step of a journey; when it fails, saves a screenshot `<shot>-failed.png` and fails with
 * the step's name, the page's URL and the original message, so a red run says where it stopped.
 */
export async function step(page, name, shot, fn) {
  try {
    return await fn()
  } catch (error) {
    let file = null
    try {
      file = await saveScreenshot(page, `${shot}-failed`)
    } catch {}
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(
      `Step "${name}" failed at ${page.url()}${file ? ` (screenshot ${file})` : ""}:\n${message}`,
      { cause: error }
    )
  }
}

/**
 * Medusa's own login page (`/app/login`: email, password, submit); resolves once the dashboard has
 * accepted the session (its `GET /admin/users/me` answers 200). A refusal fails with what the page
 * or the API said.
 */
export async function loginToAdmin(page, email, password = DEMO_PASSWORD) {
  await page.goto(`${ADMIN_URL}/login`)
  const form = page.locator("form").filter({ has: page.locator('input[name="email"]') })
  await form.locator('input[name="email"]').waitFor({ timeout: SPA_TIMEOUT })
  await form.locator('input[name="email"]').fill(email)
  await form.locator('input[name="password"]').fill(password)
  const me = page
    .waitForResponse((r) => new URL(r.url()).pathname === "/admin/users/me", { timeout: SPA_TIMEOUT })
    .catch(() => null)
  await form.locator('button[type="submit"]').click()
  const response = await me
  if (response?.status() !== 200) {
    const shown = ((await form.textContent().catch(() => "")) ?? "").replace(/\s+/g, " ").trim()
    throw new Error(
      response
        ? `After logging in ${email}, GET /admin/users/me answered ${response.status()}: the session cookie was not accepted`
        : `${email} did not get past the admin login page; it shows: "${shown}"`
    )
  }
  const adminPath = new URL(ADMIN_URL).pathname
  await page.waitForURL((url) => url.pathname.startsWith(adminPath) && !url.pathname.endsWith("/login"))
}

/** Opens "Pesanan lapas" from the dashboard's sidebar (route /app/lapas-orders). */
export async function openLapasOrders(page) {
  const link = page.getByRole("link", { name: "Pesanan lapas", exact: true }).first()
  await link.waitFor({ timeout: SPA_TIMEOUT })
  await link.click()
  await page.waitForURL(/\/app\/lapas-orders(\?|$)/)
}

/** A bearer token of a demo admin user, for admin API checks. */
export async function adminToken(email, password = DEMO_PASSWORD) {
  const response = await fetch(`${BACKEND_URL}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  const body = await response.json().catch(() => ({}))
  if (!response.ok || !body.token) {
    throw new Error(`Login of ${email} through the admin API failed: HTTP ${response.status} ${JSON.stringify(body)}`)
  }
  return body.token
}

/** GET on the admin API; `{ status, body }` so a test can assert refusals as well. */
export async function adminGet(token, path) {
  const response = await fetch(`${BACKEND_URL}${path}`, { headers: { authorization: `Bearer ${token}` } })
  return { status: response.status, body: await response.json().catch(() => null) }
}

/** Whole rupiah captured so far on the payments of an order, read from the e2e database. */
export async function capturedRupiah(orderId) {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL })
  await client.connect()
  try {
    const { rows } = await client.query(
      `SELECT coalesce(sum(c.amount), 0)::numeric AS captured
         FROM order_payment_collection opc
         JOIN payment p ON p.payment_collection_id = opc.payment_collection_id AND p.deleted_at IS NULL
         JOIN capture c ON c.payment_id = p.id AND c.deleted_at IS NULL
        WHERE opc.order_id = $1 AND opc.deleted_at IS NULL`,
      [orderId]
    )
    return Math.round(Number(rows[0].captured))
  } finally {
    await client.end()
  }
}

/** Today's date (YYYY-MM-DD) in an IANA zone, e.g. a lapas's Asia/Jakarta. */
export function todayIn(timeZone) {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date())
}

/** A small valid PNG (a 1×1 pixel), standing in for a photo of a transfer receipt. */
export const RECEIPT_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64"
)
