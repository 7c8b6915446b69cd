import { readFileSync, readdirSync, statSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { BASE_NAMESPACES, FORM_NAMESPACES, clientMessages } from "./client-messages"
import { catalogues } from "./index"

const SRC = path.resolve(__dirname, "..")

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) return sourceFiles(file)
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : []
  })
}

/** Catalogue keys written as string literals in a file. */
function keysIn(source: string): string[] {
  const keys = new Set(Object.keys(catalogues.id))
  return [...source.matchAll(/"([a-zA-Z]+\.[a-zA-Z0-9_.]+)"/g)].map((m) => m[1]).filter((k) => keys.has(k))
}

describe("client messages", () => {
  const files = sourceFiles(SRC)
  // Client Components, and server actions whose results (error and success keys) they translate.
  const clientSide = files.filter((file) => {
    const source = readFileSync(file, "utf8")
    return /^\s*["']use (client|server)["']/.test(source) || /\/actions\.ts$/.test(file)
  })

  // Sections whose layout adds the form namespaces (see app/*/layout.tsx).
  const formSections = /^(modules\/(checkout|account|order)|app\/(checkout|akun|lacak-pesanan))\//

  it("hold every key a Client Component or a server action's result may show", () => {
    expect(clientSide.length).toBeGreaterThan(5)
    for (const locale of ["id", "en"] as const) {
      for (const file of clientSide) {
        const relative = path.relative(SRC, file)
        const namespaces = formSections.test(relative) ? [...BASE_NAMESPACES, ...FORM_NAMESPACES] : BASE_NAMESPACES
        const messages = clientMessages(locale, namespaces)
        for (const key of keysIn(readFileSync(file, "utf8"))) {
          expect(messages[key as keyof typeof messages], `${relative} uses ${key}`).toBe(
            catalogues[locale][key as keyof (typeof catalogues)["id"]]
          )
        }
      }
    }
  })

  it("leave out what only the server renders", () => {
    const messages = clientMessages("id")
    expect(messages["home.hero.title"]).toBeUndefined()
    expect(messages["checkout.field.postalCode"]).toBeUndefined()
    expect(Object.keys(messages).length).toBeLessThan(Object.keys(catalogues.id).length / 4)
  })
})
