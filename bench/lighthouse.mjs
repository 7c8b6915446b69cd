// Lighthouse (mobile preset: emulated phone, simulated slow 4G and CPU slowdown) on the home page,
// a category listing and a product page, in Debian's Chromium. Prints the four category scores per
// page as the median of several runs.
//
//   node bench/lighthouse.mjs                      starts its own production stack (fresh demo data)
//   node bench/lighthouse.mjs --url http://host:8000 --backend http://host:9000 --key pk_…
//                                                  measures a stack that is already running
//   --runs N                                       runs per page (default 3)
import { spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import lighthouse from "lighthouse"
import { startProductionStack } from "../scripts/lib/production-stack.mjs"

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`)
  return at >= 0 ? args[at + 1] : fallback
}
const RUNS = Number(option("runs", 3))
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
const DEBUGGING_PORT = Number(option("debugging-port", 9333))
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
      rmSync(profile, { recursive: true, force: true, maxRetries: 3 })
    },
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

let stack
let chromium
let failed = false
try {
  let storefrontUrl = option("url")
  let backendUrl = option("backend")
  let key = option("key")
  if (!storefrontUrl) {
    stack = await startProductionStack({
      database: "karyabinaan_lighthouse",
      backendPort: 9200,
      storefrontPort: 8200,
      distDir: ".next-bench",
      log,
    })
    ;({ storefrontUrl, backendUrl, publishableKey: key } = stack)
  }
  const { product_categories: categories } = await storeGet(backendUrl, key, "/store/product-categories?limit=1&fields=handle")
  const { products } = await storeGet(backendUrl, key, "/store/products?limit=1&fields=handle")
  const pages = [
    { name: "home", url: `${storefrontUrl}/` },
    { name: "category", url: `${storefrontUrl}/kategori/${categories[0].handle}` },
    { name: "product", url: `${storefrontUrl}/produk/${products[0].handle}` },
  ]

  chromium = await launchChromium()
  const rows = []
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
      if (run === RUNS - 1 && failing.length) {
        log(`${page.name}: audits below 0.9: ${failing.map((a) => a.id).join(", ")}`)
      }
    }
    rows.push({
      page: page.name,
      ...Object.fromEntries(CATEGORIES.map((c) => [c, median(scores[c])])),
      ...Object.fromEntries(Object.entries(metrics).map(([name, values]) => [name, median(values)])),
      url: page.url.replace(storefrontUrl, ""),
    })
  }
  console.log(`\nLighthouse ${RUNS} run(s) per page, mobile preset, median scores`)
  console.table(rows)
} catch (error) {
  console.error(error instanceof Error ? error.stack : error)
  failed = true
} finally {
  await chromium?.close()
  await stack?.stop()
}
process.exit(failed ? 1 : 0)
