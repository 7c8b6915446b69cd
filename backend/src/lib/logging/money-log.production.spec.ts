import { spawnSync } from "node:child_process"
import path from "node:path"
import { describe, expect, it } from "vitest"

const BACKEND = path.resolve(__dirname, "..", "..", "..")

/**
 * moneyLog through Medusa's own logger as `medusa start` sets it up with NODE_ENV=production
 * (winston, JSON format, to stdout), in a process of its own: the logger reads NODE_ENV when it
 * is first loaded.
 */
function productionLines(script: string): string[] {
  const run = spawnSync(process.execPath, ["-e", script], {
    cwd: BACKEND,
    env: { ...process.env, NODE_ENV: "production", LOG_LEVEL: "info", LOG_FILE: "" },
    encoding: "utf8",
  })
  expect(run.status, run.stderr).toBe(0)
  return run.stdout.split("\n").filter((line) => line.trim())
}

const SCRIPT = `
require("ts-node").register({ transpileOnly: true, swc: true, compilerOptions: { module: "commonjs", moduleResolution: "node" } })
const { logger } = require("@medusajs/framework/logger")
const { moneyLog } = require("./src/lib/logging/money-log.ts")
moneyLog(logger, "shares.booked", { order_id: "order_01TEST", payment_id: "pay_01TEST", lapas_id: null, amount: 125000n.toString(), inserted: 12, outcome: "booked" })
moneyLog(logger, "premi.allocated", { order_id: "order_01TEST", outcome: "failed: boom" }, "error")
`

describe("moneyLog in production", () => {
  it("writes one JSON line per step with money_step and order_id as fields", () => {
    const lines = productionLines(SCRIPT)
    expect(lines).toHaveLength(2)
    const [booked, failed] = lines.map((line) => JSON.parse(line))
    expect(booked).toMatchObject({
      level: "info",
      money_step: "shares.booked",
      order_id: "order_01TEST",
      payment_id: "pay_01TEST",
      amount: "125000",
      inserted: 12,
      outcome: "booked",
    })
    // Empty fields are left out; the message alone still names the order.
    expect(booked).not.toHaveProperty("lapas_id")
    expect(booked.message).toContain("order_id=order_01TEST")
    expect(booked.timestamp).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/)
    expect(failed).toMatchObject({ level: "error", money_step: "premi.allocated", order_id: "order_01TEST" })
  })
})
