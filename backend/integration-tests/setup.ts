import { MetadataStorage } from "@medusajs/framework/mikro-orm/core"
import { restoreDatabase } from "./databases"

// Medusa require()s medusa-config.ts and the app's modules at run time.
// eslint-disable-next-line @typescript-eslint/no-require-imports
require("ts-node").register({
  transpileOnly: true,
  swc: true,
  compilerOptions: { module: "commonjs", moduleResolution: "node" },
})

// Medusa's runner restores the suite's database before every test through this module's function;
// ours copies the files instead of writing every page to the WAL too (databases.ts).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const templates = require("@medusajs/test-utils/dist/medusa-test-runner-utils/postgres-template")
templates.restorePostgresDatabaseFromTemplate = restoreDatabase

// Entities registered by a previous suite in the same worker must not leak into the next.
MetadataStorage.clear()
