// Where the CPU went during the load run (Linux /proc): the machine as a whole, the load generator
// itself, each backend process (with every process it started: pnpm, medusa and node), PostgreSQL (the
// postmaster and its backends) and Redis. Read at the start and the end of the measured window.
import os from "node:os"
import { cmdline, machineTicks, processTable, ticksPerSecond, treeTicks } from "./proc.mjs"

/**
 * @param {{ groups: { label: string, pid: number }[], postmasterPid?: number | null, redisPort?: number | null }} watch
 *   groups: processes counted with their descendants (a process that exited meanwhile is no longer counted).
 * @returns a snapshot; `cpuReport(before, after)` turns two into percentages of one core.
 */
export function cpuSnapshot({ groups = [], postmasterPid = null, redisPort = null } = {}) {
  const table = processTable()
  const byGroup = Object.fromEntries(
    groups.map(({ label, pid }) => [label, treeTicks(table, pid)])
  )
  const postgres = postmasterPid ? treeTicks(table, postmasterPid) : null
  const redis = redisPort
    ? table
        .filter((p) => {
          const line = cmdline(p.pid)
          return line.startsWith("/usr/bin/redis-server") || line.startsWith("redis-server")
            ? line.includes(`:${redisPort}`)
            : false
        })
        .reduce((s, p) => s + p.ticks, 0)
    : null
  const self = process.cpuUsage()
  return { at: performance.now(), byGroup, postgres, redis, self, machine: machineTicks() }
}

/** Percent of one core each used between two snapshots; `machine` is % of all cores busy. */
export function cpuReport(before, after) {
  const seconds = (after.at - before.at) / 1000
  const pct = (ticks) => (ticks === null ? null : Math.round((ticks / ticksPerSecond / seconds) * 1000) / 10)
  const selfMicros = after.self.user + after.self.system - (before.self.user + before.self.system)
  const machineTotal = after.machine.total - before.machine.total
  return {
    seconds,
    cores: os.cpus().length,
    loadGenerator: Math.round((selfMicros / 1e6 / seconds) * 1000) / 10,
    processes: Object.fromEntries(
      Object.keys(after.byGroup).map((label) => [label, pct(after.byGroup[label] - (before.byGroup[label] ?? 0))])
    ),
    postgres: before.postgres === null ? null : pct(after.postgres - before.postgres),
    redis: before.redis === null ? null : pct(after.redis - before.redis),
    machineBusy: machineTotal ? Math.round(((after.machine.busy - before.machine.busy) / machineTotal) * 1000) / 10 : null,
    loadAverage: os.loadavg().map((v) => Math.round(v * 100) / 100),
  }
}
