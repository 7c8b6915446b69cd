import type { ExecArgs } from "@medusajs/framework/types"
import { logRepairReport, type RepairReport } from "../lib/repair"
import { runRepairExclusively } from "../lib/repair/lock"

export const REPAIR_REPORT_PREFIX = "REPAIR_REPORT "

/** The options of a run from the environment: REPAIR_DRY_RUN=1, REPAIR_OLDER_THAN_MS, REPAIR_LIMIT. */
export function repairOptionsFromEnv(env: NodeJS.ProcessEnv = process.env) {
  const number = (value: string | undefined) => {
    if (value === undefined || value.trim() === "") return undefined
    const parsed = Number(value)
    if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`Not a number of milliseconds or rows: "${value}"`)
    return parsed
  }
  return {
    dryRun: ["1", "true", "yes"].includes((env.REPAIR_DRY_RUN ?? "").trim().toLowerCase()),
    olderThanMs: number(env.REPAIR_OLDER_THAN_MS),
    limit: number(env.REPAIR_LIMIT),
  }
}

/**
 * `medusa exec ./src/scripts/repair.ts`: finds and completes
 * what a crashed process left half-done (lib/repair) and prints the report as one JSON line
 * prefixed `REPAIR_REPORT ` on stdout, for scripts and the fault suite to parse. REPAIR_DRY_RUN=1
 * finds and reports only; REPAIR_OLDER_THAN_MS (default 120000) leaves younger work alone.
 * Waits for the repair job's lock when a worker is repairing at that moment. Exits with code 1
 * when anything failed.
 */
export default async function repair({ container }: Pick<ExecArgs, "container">): Promise<RepairReport> {
  const report = await runRepairExclusively(container, { ...repairOptionsFromEnv(), wait: true })
  if (!report) throw new Error("Another process held the repair lock for 15 minutes; nothing was repaired.")
  logRepairReport(container, report)
  process.stdout.write(`${REPAIR_REPORT_PREFIX}${JSON.stringify(report)}\n`)
  if (Object.values(report.failed).some((n) => n > 0)) process.exitCode = 1
  return report
}
