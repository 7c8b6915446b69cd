import { mkdirSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { chromium } from "playwright-core"

export const STOREFRONT_URL = process.env.E2E_STOREFRONT_URL ?? "http://localhost:8100"
export const ARTIFACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../artifacts")

/**
 * Debian's Chromium, never a downloaded browser; flags keep it off this closed network.
 * Every page of its contexts is watched for Content Security Policy violations (Chromium logs
 * them as console errors): closing the browser then fails with the list, so a journey whose page
 * the storefront's or panel's CSP broke (a blocked script, style, image or request) goes red.
 */
export async function launchChromium() {
  const browser = await launchPlainChromium()
  const violations = []
  const newContext = browser.newContext.bind(browser)
  browser.newContext = async (...args) => {
    const context = await newContext(...args)
    context.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text())) {
        violations.push(`${message.location()?.url || "?"}: ${message.text()}`)
      }
    })
    return context
  }
  const close = browser.close.bind(browser)
  browser.close = async (...args) => {
    await close(...args)
    if (violations.length) throw new Error(`Content Security Policy violations:\n${violations.join("\n")}`)
  }
  return browser
}

function launchPlainChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  })
}

/** A phone-sized page, as most buyers shop. */
export async function launchPhone() {
  const browser = await launchChromium()
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: "id-ID",
  })
  return { browser, page: await context.newPage() }
}

export async function saveScreenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true })
  const file = path.join(ARTIFACTS, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/**
 * One browser for the tests of a file: opened by `launch` before them, closed after them.
 * `session.page` is the page they drive.
 */
export function useBrowser(launch, { before, after }) {
  const session = { browser: null, page: null }
  before(async () => {
    Object.assign(session, await launch())
  })
  after(async () => {
    await session.browser?.close()
  })
  return session
}

/** One phone browser for the tests of a file (see useBrowser). */
export function usePhone(hooks) {
  return useBrowser(launchPhone, hooks)
}
