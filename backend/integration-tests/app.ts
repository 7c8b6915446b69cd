import { createRequire } from "node:module"
import path from "node:path"

const requireFromApp = createRequire(path.join(__dirname, "..", "package.json"))

/**
 * Loads a module of the app through Node's require, the same module cache Medusa's loaders
 * use (ts-node is registered in setup.ts). Code that imports link definitions must come this
 * way: evaluating `defineLink` a second time through Vitest's own module graph registers the
 * link twice and Medusa refuses to start.
 */
export function appModule<T>(pathFromBackend: string): T {
  return requireFromApp(`./${pathFromBackend}`) as T
}
