// Reading CPU time from Linux /proc, for the benchmarks that say where the CPU went
// (load-system.mjs for `pnpm bench:load`, store-cpu.mjs for `pnpm bench:store`).
import { readdirSync, readFileSync } from "node:fs"
import { execFileSync } from "node:child_process"

/** Clock ticks per second of the ticks below. */
export let ticksPerSecond = 100
try {
  ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100
} catch {}

/** `{ pid, ppid, ticks }` of every process we may read. */
export function processTable() {
  const rows = []
  let entries = []
  try {
    entries = readdirSync("/proc")
  } catch {
    return rows
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8")
      // Fields after the command (which may contain spaces) start after the last ")".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      rows.push({
        pid: Number(name),
        ppid: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]),
      })
    } catch {}
  }
  return rows
}

/** The process's command line, arguments separated by spaces; "" when it is gone. */
export function cmdline(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ")
  } catch {
    return ""
  }
}

/** CPU ticks of `root` and all its descendants (children of children…) in a processTable(). */
export function treeTicks(table, root) {
  const children = new Map()
  for (const p of table) {
    if (!children.has(p.ppid)) children.set(p.ppid, [])
    children.get(p.ppid).push(p)
  }
  let ticks = 0
  const queue = table.filter((p) => p.pid === root)
  while (queue.length) {
    const p = queue.pop()
    ticks += p.ticks
    queue.push(...(children.get(p.pid) ?? []))
  }
  return ticks
}

/** Busy and total jiffies of all CPUs (/proc/stat's first line). */
export function machineTicks() {
  try {
    const [line] = readFileSync("/proc/stat", "utf8").split("\n")
    const values = line.trim().split(/\s+/).slice(1).map(Number)
    const idle = values[3] + (values[4] ?? 0)
    const total = values.reduce((sum, v) => sum + v, 0)
    return { busy: total - idle, total }
  } catch {
    return { busy: 0, total: 0 }
  }
}
