import { MetadataStorage } from "@medusajs/framework/mikro-orm/core"

// Medusa require()s medusa-config.ts and the app's modules at run time.
// eslint-disable-next-line @typescript-eslint/no-require-imports
require("ts-node").register({
  transpileOnly: true,
  swc: true,
  compilerOptions: { module: "commonjs", moduleResolution: "node" },
})

// Entities registered by a previous suite in the same worker must not leak into the next.
MetadataStorage.clear()
