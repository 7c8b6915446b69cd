// Medusa records every module's migrations by class name in one table of the database
// (mikro_orm_migrations), so a migration whose name another module already used is silently
// skipped: its tables never appear. Two of issue 24's migrations were, until renamed.
import assert from "node:assert/strict"
import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { describe, it } from "node:test"
import { fileURLToPath } from "node:url"

const MODULES = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../backend/src/modules")

function migrations() {
  const found = []
  for (const module of readdirSync(MODULES, { withFileTypes: true })) {
    if (!module.isDirectory()) continue
    const folder = path.join(MODULES, module.name, "migrations")
    let files = []
    try {
      files = readdirSync(folder).filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))
    } catch {
      continue
    }
    for (const file of files) {
      const source = readFileSync(path.join(folder, file), "utf8")
      const declared = source.match(/export class (\w+)/)?.[1] ?? null
      found.push({ module: module.name, file, name: path.basename(file, ".ts"), declared })
    }
  }
  return found
}

describe("module migrations", () => {
  const all = migrations()

  it("exist (the scan finds the modules' migrations)", () => {
    assert.ok(all.length > 10, `only ${all.length} migrations found under ${MODULES}`)
  })

  it("each declares a class named as its file", () => {
    const mismatched = all.filter((m) => m.declared !== m.name).map((m) => `${m.module}/${m.file}: class ${m.declared}`)
    assert.deepEqual(mismatched, [])
  })

  it("have names no other module uses", () => {
    const byName = new Map()
    for (const m of all) byName.set(m.name, [...(byName.get(m.name) ?? []), m.module])
    const repeated = [...byName].filter(([, modules]) => modules.length > 1).map(([name, modules]) => `${name}: ${modules.join(", ")}`)
    assert.deepEqual(repeated, [], "rename the newer migration (Migration<YYYYMMDDHHMMSS> of the moment you write it)")
  })
})
