// The dependency rules (.dependency-cruiser.cjs) must fire: each case writes a small tree that
// breaks one rule into a throw-away folder and cruises it with the real configuration.
import assert from "node:assert/strict"
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { after, test } from "node:test"
import { cruise } from "dependency-cruiser"
import { ROOT } from "../lib/postgres.mjs"

const require = createRequire(import.meta.url)
const config = require(path.join(ROOT, ".dependency-cruiser.cjs"))
const scratch = mkdtempSync(path.join(os.tmpdir(), "karya-binaan-deps-"))
after(() => rmSync(scratch, { recursive: true, force: true }))

/** Writes `files` (path → source) under a fresh folder and returns the rules they break. */
async function violations(name, files) {
  const dir = path.join(scratch, name)
  for (const [file, source] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), source)
  }
  const cwd = process.cwd()
  process.chdir(dir)
  try {
    const { tsConfig, ...options } = config.options
    const result = await cruise(Object.keys(files).map((f) => f.split("/")[0]).filter((v, i, a) => a.indexOf(v) === i), {
      ...options,
      validate: true,
      ruleSet: { forbidden: config.forbidden },
    })
    return [...new Set(result.output.summary.violations.map((v) => v.rule.name))].sort()
  } finally {
    process.chdir(cwd)
  }
}

test("a file outside api/ that imports api/ is refused", async () => {
  const found = await violations("outside-api", {
    "backend/src/api/store/order-views.ts": "export const view = 1\n",
    "backend/src/notifications/email.ts": 'import { view } from "../api/store/order-views"\nexport default view\n',
  })
  assert.deepEqual(found, ["only-api-imports-api"])
})

test("lib/ importing a workflow is refused", async () => {
  const found = await violations("lib-up", {
    "backend/src/workflows/book.ts": "export const book = 1\n",
    "backend/src/lib/orders/summary.ts": 'import { book } from "../../workflows/book"\nexport default book\n',
  })
  assert.deepEqual(found, ["lib-stays-below-workflows"])
})

test("a module importing another module or app code is refused", async () => {
  const found = await violations("modules", {
    "backend/src/modules/premi/service.ts": 'import { x } from "../production/service"\nimport { y } from "../../lib/mail"\nexport default [x, y]\n',
    "backend/src/modules/production/service.ts": "export const x = 1\n",
    "backend/src/lib/mail.ts": "export const y = 1\n",
  })
  assert.deepEqual(found, ["module-imports-no-app-code", "module-imports-no-other-module"])
})

test("a module's own files and its models' relations are allowed", async () => {
  const found = await violations("module-own", {
    "backend/src/modules/lapas/service.ts": 'import { Lapas } from "./models/lapas"\nexport default Lapas\n',
    "backend/src/modules/lapas/models/lapas.ts": 'import { Partner } from "./partner"\nexport const Lapas = () => Partner\n',
    "backend/src/modules/lapas/models/partner.ts": 'import { Lapas } from "./lapas"\nexport const Partner = () => Lapas\n',
  })
  assert.deepEqual(found, [])
})

test("the storefront importing backend code is refused", async () => {
  const found = await violations("storefront", {
    "backend/src/lib/orders/summary.ts": "export const summary = 1\n",
    "storefront/src/lib/data/orders.ts": 'import { summary } from "../../../../backend/src/lib/orders/summary"\nexport default summary\n',
  })
  assert.deepEqual(found, ["apps-import-no-backend"])
})

test("the panel importing backend or storefront code is refused", async () => {
  const found = await violations("panel", {
    "backend/src/lib/orders/summary.ts": "export const summary = 1\n",
    "storefront/src/lib/data/customer.ts": "export const customer = 1\n",
    "panel/src/lib/data/orders.ts": 'import { summary } from "../../../../backend/src/lib/orders/summary"\nexport default summary\n',
    "panel/src/lib/data/session.ts": 'import { customer } from "../../../../storefront/src/lib/data/customer"\nexport default customer\n',
  })
  assert.deepEqual(found, ["apps-import-no-backend", "apps-import-no-other-app"])
})

test("the panel's own files and shared packages are allowed", async () => {
  const found = await violations("panel-own", {
    "packages/format/src/index.ts": "export const formatRupiah = () => 1\n",
    "panel/src/lib/data/api.ts": "export const api = 1\n",
    "panel/src/app/page.tsx": 'import { api } from "../lib/data/api"\nimport { formatRupiah } from "../../../packages/format/src/index"\nexport default [api, formatRupiah]\n',
  })
  assert.deepEqual(found, [])
})

test("a cycle between backend files is refused", async () => {
  const found = await violations("cycle", {
    "backend/src/lib/a.ts": 'import { b } from "./b"\nexport const a = () => b\n',
    "backend/src/lib/b.ts": 'import { a } from "./a"\nexport const b = () => a\n',
  })
  assert.deepEqual(found, ["no-cycles-in-backend"])
})
