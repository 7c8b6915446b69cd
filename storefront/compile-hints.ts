import { readdir, readFile, writeFile } from "node:fs/promises"
import path from "node:path"

/**
 * V8's explicit compile hint (Chrome 136+): a script whose first line is this comment has all its
 * functions compiled eagerly when the script is compiled, which for a script loaded with `async`
 * happens on a background thread while it streams in. Without it V8 compiles each Turbopack module
 * factory lazily, on the main thread, the first time the runtime calls it: on page load that is
 * every module of React, the Next router and our islands, in the one long task that hydrates the page.
 * https://v8.dev/blog/explicit-compile-hints
 */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n"

/** The script with the hint as its first line (unchanged when it already has it). */
export function withCompileHint(source: string): string {
  return source.startsWith(COMPILE_HINT) ? source : COMPILE_HINT + source
}

/**
 * Adds the hint to every JavaScript file of the client build (`<distDir>/static/chunks`, in
 * subfolders too). Run by `compiler.runAfterProductionCompile`, before Next writes anything that
 * depends on the chunks' contents. File names stay as they are: they are hashes of the chunk's
 * modules, and nothing checks the bytes (no subresource integrity). Returns how many files changed.
 */
export async function addCompileHints(distDir: string): Promise<number> {
  const chunksDir = path.join(distDir, "static", "chunks")
  let entries: string[]
  try {
    entries = await readdir(chunksDir, { recursive: true })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return 0
    throw error
  }
  let changed = 0
  for (const entry of entries) {
    if (!entry.endsWith(".js")) continue
    const file = path.join(chunksDir, entry)
    const source = await readFile(file, "utf8")
    const hinted = withCompileHint(source)
    if (hinted === source) continue
    await writeFile(file, hinted)
    changed++
  }
  return changed
}
