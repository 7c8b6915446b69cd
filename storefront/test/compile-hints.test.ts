import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import { COMPILE_HINT, addCompileHints, withCompileHint } from "../compile-hints"

const dirs: string[] = []
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

describe("compile hints", () => {
  it("puts the hint on the first line once", () => {
    const hinted = withCompileHint("(globalThis.TURBOPACK||[]).push([])")
    expect(hinted).toBe(`${COMPILE_HINT}(globalThis.TURBOPACK||[]).push([])`)
    expect(withCompileHint(hinted)).toBe(hinted)
  })

  it("hints every client chunk, in subfolders too, and leaves other files alone", async () => {
    const dist = await mkdtemp(path.join(tmpdir(), "kb-hints-"))
    dirs.push(dist)
    const chunks = path.join(dist, "static", "chunks")
    await mkdir(path.join(chunks, "app"), { recursive: true })
    await writeFile(path.join(chunks, "a.js"), "var a=1")
    await writeFile(path.join(chunks, "app", "b.js"), "var b=2")
    await writeFile(path.join(chunks, "c.css"), "body{}")
    await writeFile(path.join(dist, "server.js"), "var s=3")

    expect(await addCompileHints(dist)).toBe(2)
    expect(await readFile(path.join(chunks, "a.js"), "utf8")).toBe(`${COMPILE_HINT}var a=1`)
    expect(await readFile(path.join(chunks, "app", "b.js"), "utf8")).toBe(`${COMPILE_HINT}var b=2`)
    expect(await readFile(path.join(chunks, "c.css"), "utf8")).toBe("body{}")
    expect(await readFile(path.join(dist, "server.js"), "utf8")).toBe("var s=3")
    // A second run (a build that reuses its output) changes nothing.
    expect(await addCompileHints(dist)).toBe(0)
  })

  it("does nothing when the build has no client chunks", async () => {
    const dist = await mkdtemp(path.join(tmpdir(), "kb-hints-"))
    dirs.push(dist)
    expect(await addCompileHints(dist)).toBe(0)
  })
})
