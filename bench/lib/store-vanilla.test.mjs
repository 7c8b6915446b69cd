// `pnpm test:scripts`: what keeps `pnpm bench:store`'s comparison honest without running it. The
// vanilla app is the same Medusa as the backend (every @medusajs/* package at the backend's exact
// version) and stays vanilla (no src/, no modules or plugins, admin off); the figures' arithmetic.
import assert from "node:assert/strict"
import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import { test } from "node:test"
import { fileURLToPath } from "node:url"
import { percentile } from "./store-drive.mjs"
import { countPrices } from "./store-routes.mjs"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const VANILLA = path.join(ROOT, "bench", "vanilla-medusa")
const json = (file) => JSON.parse(readFileSync(file, "utf8"))

test("vanilla Medusa runs the backend's exact Medusa version", () => {
  const backend = json(path.join(ROOT, "backend", "package.json"))
  const vanilla = json(path.join(VANILLA, "package.json"))
  const medusa = (pkg) =>
    Object.entries({ ...pkg.dependencies, ...pkg.devDependencies }).filter(([name]) => name.startsWith("@medusajs/"))
  const backendVersions = Object.fromEntries(medusa(backend))
  const vanillaDeps = medusa(vanilla)
  assert.ok(vanillaDeps.some(([name]) => name === "@medusajs/medusa"), "vanilla depends on @medusajs/medusa")
  for (const [name, version] of vanillaDeps) {
    assert.match(version, /^\d+\.\d+\.\d+$/, `${name} is pinned to one version in bench/vanilla-medusa`)
    assert.equal(version, backendVersions[name], `${name}: vanilla ${version}, backend ${backendVersions[name]}`)
  }
})

test("vanilla Medusa has nothing of ours: no src/, no modules or plugins, admin off", () => {
  assert.equal(existsSync(path.join(VANILLA, "src")), false, "bench/vanilla-medusa/src must not exist")
  const config = readFileSync(path.join(VANILLA, "medusa-config.ts"), "utf8").replace(/\/\/.*$/gm, "")
  assert.doesNotMatch(config, /\bmodules\s*:/, "no modules in vanilla's medusa-config.ts")
  assert.doesNotMatch(config, /\bplugins\s*:/, "no plugins in vanilla's medusa-config.ts")
  assert.doesNotMatch(config, /\.\.\/|backend/, "vanilla's medusa-config.ts imports nothing of the backend")
  assert.match(config, /admin:\s*{\s*disable:\s*true/, "the admin dashboard is off")
})

test("percentile is nearest-rank", () => {
  const values = Float64Array.from({ length: 100 }, (_, i) => i + 1)
  assert.equal(percentile(values, 50), 50)
  assert.equal(percentile(values, 95), 95)
  assert.equal(percentile(values, 99), 99)
  assert.equal(percentile(Float64Array.from([7]), 95), 7)
  assert.equal(percentile(new Float64Array(0), 95), null)
})

test("countPrices counts numbers under price-like keys only", () => {
  assert.equal(countPrices({ id: "p", variants: [{ calculated_price: { calculated_amount: 20000, id: "x" } }, { weight: 5 }] }), 1)
  assert.equal(countPrices({ cards: [{ price: 100, min_price: 90 }, { price: null, stock: 3 }] }), 2)
  assert.equal(countPrices({ count: 12, limit: 12 }), 0)
})
