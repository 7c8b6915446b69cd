import { spawn } from "node:child_process"
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import type { TestProject } from "vitest/node"
import type { SeedResult } from "../src/scripts/seed-demo"
import { dropDatabases } from "./databases"

declare module "vitest" {
  export interface ProvidedContext {
    /** Template database names; see integration-tests/runner.ts. */
    databaseTemplates: { migrated: string; demo: string }
    /** What the demo seed returned when it built the `demo` template. */
    demoSeed: SeedResult
  }
}

// Runs once per `vitest run`, before the first spec file: builds the template databases the HTTP
// suites copy instead of each migrating and seeding its own (see templates/build.ts).
export default async function setup(project: TestProject) {
  // A run of unit specs alone (src/**/*.spec.ts) needs no templates.
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern ?? []
  const { testFiles } = await project.globTestFiles(filters)
  if (!testFiles.some((file) => file.includes(`${path.sep}integration-tests${path.sep}http${path.sep}`))) return

  // `pnpm test` shares one pair of templates between the backend and fuzz stages: KB_TEMPLATES_FILE
  // names a file the first run writes and later runs read; scripts/test.mjs drops them at the end.
  const shared = process.env.KB_TEMPLATES_FILE
  if (shared && existsSync(shared)) {
    const kept = JSON.parse(readFileSync(shared, "utf8")) as { templates: { migrated: string; demo: string }; demoSeed: SeedResult }
    project.provide("databaseTemplates", kept.templates)
    project.provide("demoSeed", kept.demoSeed)
    return
  }

  const run = `kb-${Date.now().toString(36)}-${process.pid}`
  const templates = { migrated: `${run}-migrated`, demo: `${run}-demo` }
  const resultFile = path.join(os.tmpdir(), `${run}-demo-seed.json`)

  const started = Date.now()
  const code = await new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      [
        "-e",
        `require("ts-node").register(${JSON.stringify(TS_NODE)}); require("./integration-tests/templates/build.ts")`,
      ],
      {
        cwd: project.config.root,
        env: {
          ...process.env,
          ...project.config.env,
          KB_TEMPLATE_MIGRATED: templates.migrated,
          KB_TEMPLATE_DEMO: templates.demo,
          KB_TEMPLATES_RESULT: resultFile,
        },
        stdio: "inherit",
      }
    )
    child.on("exit", (exitCode) => resolve(exitCode ?? 1))
  })
  if (code !== 0) {
    await dropDatabases(Object.values(templates))
    throw new Error(`Building the template databases failed (exit ${code}) after ${Math.round((Date.now() - started) / 1000)} s`)
  }
  const demoSeed = JSON.parse(readFileSync(resultFile, "utf8")) as SeedResult
  rmSync(resultFile, { force: true })

  project.provide("databaseTemplates", templates)
  project.provide("demoSeed", demoSeed)
  if (shared) {
    writeFileSync(shared, JSON.stringify({ templates, demoSeed }))
    return
  }

  return async () => {
    await dropDatabases(Object.values(templates))
  }
}

/** The same registration as setup.ts. */
const TS_NODE = {
  transpileOnly: true,
  swc: true,
  compilerOptions: { module: "commonjs", moduleResolution: "node" },
}
