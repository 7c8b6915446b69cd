// Lighthouse (mobile preset: emulated phone, simulated slow 4G and CPU slowdown) on the home page,
// a category listing, a product page and search results (/cari?q=jahe), in Debian's Chromium.
// Prints per page the four category scores, FCP, LCP, TBT and CLS as the median of several runs,
// then the run's top opportunities (unused JavaScript, render-blocking resources, ...) with the
// bytes or milliseconds Lighthouse estimates they cost, and the audits below 0.9.
//
//   node bench/lighthouse.mjs                      starts its own production stack (fresh demo data)
//   node bench/lighthouse.mjs --url http://host:8000 --backend http://host:9000 --key pk_…
//                                                  measures a stack that is already running
//   --runs N                                       runs per page (default 3)
//   --pages home,category,product,search           measure only these pages
//   --save DIR                                     writes each page's last report (JSON) to DIR
//   --floor (or --pages floor, only it)             also measures "floor": the smallest App Router page
//                                                  (one heading and a paragraph, no client component),
//                                                  built with the storefront's Next.js and React and
//                                                  served by `next start` on port 8299: what the
//                                                  framework alone scores on this machine, the ceiling
//                                                  the storefront's pages are measured against
//   --backend-port, --storefront-port, --debugging-port
//                                                  ports of the stack it starts and of Chromium
//                                                  (env LIGHTHOUSE_BACKEND_PORT 9200,
//                                                  LIGHTHOUSE_STOREFRONT_PORT 8200,
//                                                  LIGHTHOUSE_DEBUGGING_PORT 9333); the embedded
//                                                  PostgreSQL is TEST_POSTGRES_PORT's
import { spawn } from "node:child_process"
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { loadavg, tmpdir } from "node:os"
import path from "node:path"
import lighthouse from "lighthouse"
import { startProductionStack } from "../scripts/lib/production-stack.mjs"
import { runOrThrow, startService, waitForHttp } from "../scripts/lib/process.mjs"
import { STOREFRONT_DIR } from "../scripts/lib/marketplace.mjs"

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`)
  return at >= 0 ? args[at + 1] : fallback
}
const RUNS = Number(option("runs", 3))
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
const DEBUGGING_PORT = Number(option("debugging-port", process.env.LIGHTHOUSE_DEBUGGING_PORT || 9333))
const BACKEND_PORT = Number(option("backend-port", process.env.LIGHTHOUSE_BACKEND_PORT || 9200))
const STOREFRONT_PORT = Number(option("storefront-port", process.env.LIGHTHOUSE_STOREFRONT_PORT || 8200))
const SAVE_DIR = option("save")
const PAGES = option("pages", "home,category,product,search").split(",")
const FLOOR = args.includes("--floor") || PAGES.includes("floor")
const STORE_PAGES = ["home", "category", "product", "search"].filter((name) => PAGES.includes(name))
const FLOOR_PORT = 8299
// Opportunity audits whose savings are shown (ms of load time or bytes), the top ones per page.
const OPPORTUNITIES = [
  "unused-javascript",
  "render-blocking-resources",
  "render-blocking-insight",
  "unused-css-rules",
  "legacy-javascript",
  "legacy-javascript-insight",
  "uses-responsive-images",
  "image-delivery-insight",
  "offscreen-images",
  "unminified-javascript",
  "bootup-time",
  "mainthread-work-breakdown",
  "server-response-time",
  "document-latency-insight",
  "font-display",
  "font-display-insight",
  "total-byte-weight",
]
const log = (message) => console.log(`[lighthouse] ${message}`)

async function storeGet(backendUrl, key, pathname) {
  const response = await fetch(`${backendUrl}${pathname}`, { headers: { "x-publishable-api-key": key } })
  if (!response.ok) throw new Error(`GET ${pathname}: ${response.status}`)
  return response.json()
}

async function launchChromium() {
  const profile = mkdtempSync(path.join(tmpdir(), "kb-lighthouse-"))
  const chromium = spawn(
    process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    [
      "--headless=new",
      `--remote-debugging-port=${DEBUGGING_PORT}`,
      `--user-data-dir=${profile}`,
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "about:blank",
    ],
    { stdio: "ignore" }
  )
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${DEBUGGING_PORT}/json/version`)
      if (response.ok) break
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const exited = new Promise((resolve) => chromium.once("exit", resolve))
  return {
    async close() {
      chromium.kill("SIGTERM")
      await exited
      // Chromium's helper processes may still write to the profile after the main one exited.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
      } catch (error) {
        log(`could not remove the profile ${profile}: ${error.message}`)
      }
    },
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

const kib = (bytes) => `${Math.round(bytes / 1024)} KiB`

/** The opportunity audits that found something, biggest first, with their items' URLs. */
function opportunities(audits) {
  const found = []
  for (const id of OPPORTUNITIES) {
    const audit = audits[id]
    if (!audit || audit.scoreDisplayMode === "notApplicable") continue
    const details = audit.details ?? {}
    const items = Array.isArray(details.items) ? details.items : []
    const savedBytes = details.overallSavingsBytes ?? audit.metricSavings?.overallSavingsBytes ?? 0
    const savedMs = details.overallSavingsMs ?? 0
    const isCost = ["bootup-time", "mainthread-work-breakdown", "total-byte-weight", "server-response-time"].includes(id)
    if (!isCost && !savedBytes && !savedMs && (audit.score ?? 1) >= 0.9) continue
    if (isCost && !audit.displayValue) continue
    const amount = [savedMs ? `${Math.round(savedMs)} ms` : null, savedBytes ? kib(savedBytes) : null, isCost ? audit.displayValue : null]
      .filter(Boolean)
      .join(", ")
    const worst = items
      .filter((item) => typeof item.url === "string")
      .slice(0, 3)
      .map((item) => {
        const bytes = item.wastedBytes ?? item.totalBytes
        const ms = item.wastedMs ?? item.total
        const url = item.url.replace(/^https?:\/\/[^/]+/, "")
        return `${url}${bytes ? ` ${kib(bytes)}` : ms ? ` ${Math.round(ms)} ms` : ""}`
      })
    found.push({ id, weight: savedMs * 1000 + savedBytes + (isCost ? 0 : 1), line: `${id}: ${amount}${worst.length ? ` (${worst.join("; ")})` : ""}` })
  }
  return found.sort((a, b) => b.weight - a.weight).map((f) => f.line)
}

/**
 * The smallest App Router page, built in a temporary folder with the storefront's node_modules
 * (Next.js, React) and started; `stop()` ends it and removes the folder.
 */
async function startFloorPage() {
  const dir = mkdtempSync(path.join(tmpdir(), "kb-lighthouse-floor-"))
  mkdirSync(path.join(dir, "app"))
  symlinkSync(path.join(STOREFRONT_DIR, "node_modules"), path.join(dir, "node_modules"))
  const files = {
    "package.json": JSON.stringify({ name: "lighthouse-floor", private: true }),
    // The folder is outside the workspace; Turbopack resolves the linked node_modules from "/".
    "next.config.mjs": `export default { reactStrictMode: true, poweredByHeader: false, turbopack: { root: "/" } }\n`,
    "jsconfig.json": JSON.stringify({ compilerOptions: { jsx: "preserve" } }),
    "app/layout.jsx": `export const metadata = { title: "Karya Binaan", description: "Produk karya warga binaan" }
export const viewport = { width: "device-width", initialScale: 1 }
export default function RootLayout({ children }) {
  return <html lang="id"><body>{children}</body></html>
}
`,
    "app/page.jsx": `export default function Page() {
  return <main><h1>Karya Binaan</h1><p>Produk karya warga binaan dari lapas di seluruh Indonesia: jahe instan, jamu, mebel, rotan sintetis, batik dan roti.</p></main>
}
`,
  }
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  const env = { NEXT_TELEMETRY_DISABLED: "1" }
  const next = path.join(dir, "node_modules", ".bin", "next")
  await runOrThrow(next, ["build"], { cwd: dir, env, label: "floor build" })
  const server = startService(next, ["start", "-p", String(FLOOR_PORT)], { cwd: dir, env, label: "floor", quiet: true })
  const url = `http://localhost:${FLOOR_PORT}/`
  await waitForHttp(url, { service: server })
  return {
    url,
    async stop() {
      await server.stop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

let stack
let floor
let chromium
let failed = false
try {
  const pages = []
  if (STORE_PAGES.length) {
    let storefrontUrl = option("url")
    let backendUrl = option("backend")
    let key = option("key")
    if (!storefrontUrl) {
      stack = await startProductionStack({
        database: "karyabinaan_lighthouse",
        backendPort: BACKEND_PORT,
        storefrontPort: STOREFRONT_PORT,
        distDir: ".next-bench",
        log,
      })
      ;({ storefrontUrl, backendUrl, publishableKey: key } = stack)
    }
    const { product_categories: categories } = await storeGet(backendUrl, key, "/store/product-categories?limit=1&fields=handle")
    const { products } = await storeGet(backendUrl, key, "/store/products?limit=1&fields=handle")
    pages.push(
      ...[
        { name: "home", path: "/" },
        { name: "category", path: `/kategori/${categories[0].handle}` },
        { name: "product", path: `/produk/${products[0].handle}` },
        { name: "search", path: "/cari?q=jahe" },
      ]
        .filter((page) => STORE_PAGES.includes(page.name))
        .map((page) => ({ ...page, url: `${storefrontUrl}${page.path}` }))
    )
  }
  if (FLOOR) {
    floor = await startFloorPage()
    log(`floor page at ${floor.url}`)
    pages.push({ name: "floor", url: floor.url, path: "(smallest App Router page)" })
  }

  chromium = await launchChromium()
  const rows = []
  const findings = []
  for (const page of pages) {
    await fetch(page.url) // warm the server's caches; a first render is not what buyers see
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, []]))
    const metrics = { "FCP ms": [], "LCP ms": [], "TBT ms": [], CLS: [] }
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(page.url, {
        port: DEBUGGING_PORT,
        output: "json",
        logLevel: "error",
        onlyCategories: CATEGORIES,
      })
      const { categories: categoryResults, audits } = result.lhr
      for (const c of CATEGORIES) scores[c].push(Math.round((categoryResults[c].score ?? 0) * 100))
      metrics["FCP ms"].push(Math.round(audits["first-contentful-paint"].numericValue))
      metrics["LCP ms"].push(Math.round(audits["largest-contentful-paint"].numericValue))
      metrics["TBT ms"].push(Math.round(audits["total-blocking-time"].numericValue))
      metrics.CLS.push(Number(audits["cumulative-layout-shift"].numericValue.toFixed(3)))
      const failing = Object.values(audits).filter(
        (a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "notApplicable"
      )
      if (run === RUNS - 1) {
        if (SAVE_DIR) {
          mkdirSync(SAVE_DIR, { recursive: true })
          writeFileSync(path.join(SAVE_DIR, `${page.name}.json`), JSON.stringify(result.lhr))
        }
        findings.push({ page: page.name, failing: failing.map((a) => a.id), opportunities: opportunities(audits) })
      }
    }
    rows.push({
      page: page.name,
      ...Object.fromEntries(CATEGORIES.map((c) => [c, median(scores[c])])),
      ...Object.fromEntries(Object.entries(metrics).map(([name, values]) => [name, median(values)])),
      url: page.path,
    })
  }
  console.log(`\nLighthouse ${RUNS} run(s) per page, mobile preset, median scores (load average ${loadavg().map((l) => l.toFixed(2)).join(" ")})`)
  console.table(rows)
  console.log("\nTop opportunities (last run of each page)")
  for (const { page, failing, opportunities: top } of findings) {
    console.log(`${page}:`)
    for (const line of top) console.log(`  ${line}`)
    if (failing.length) console.log(`  audits below 0.9: ${failing.join(", ")}`)
  }
} catch (error) {
  console.error(error instanceof Error ? error.stack : error)
  failed = true
} finally {
  await chromium?.close()
  await floor?.stop()
  await stack?.stop()
}
process.exit(failed ? 1 : 0)
