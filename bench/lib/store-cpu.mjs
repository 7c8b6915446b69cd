// CPU spent per app during one measurement (Linux /proc): the app's process tree (pnpm, medusa,
// node) and the PostgreSQL backends serving the app's own database (other databases on the same
// server, e.g. another engineer's tests, are not counted). A PostgreSQL backend that exits during
// the window loses its ticks (the app's pool keeps its connections, so this is rare); a negative
// difference is reported as unknown.
import { readdirSync, readFileSync } from "node:fs"
import { execFileSync } from "node:child_process"

let ticksPerSecond = 100
try {
  ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100
} catch {}

function table() {
  const rows = []
  let names = []
  try {
    names = readdirSync("/proc")
  } catch {
    return rows
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8")
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      rows.push({ pid: Number(name), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) })
    } catch {}
  }
  return rows
}

function cmdline(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ")
  } catch {
    return ""
  }
}

/** `{ app, postgres }` CPU ticks now: the tree under `pid`, and PostgreSQL backends of `database` (`postgres: <role> <database> …`). */
export function cpuTicks({ pid, database }) {
  const rows = table()
  const children = new Map()
  for (const row of rows) {
    if (!children.has(row.ppid)) children.set(row.ppid, [])
    children.get(row.ppid).push(row)
  }
  let app = 0
  const queue = rows.filter((r) => r.pid === pid)
  while (queue.length) {
    const row = queue.pop()
    app += row.ticks
    queue.push(...(children.get(row.pid) ?? []))
  }
  const postgres = rows
    .filter((r) => {
      const line = cmdline(r.pid)
      return line.startsWith("postgres: ") && line.split(" ")[2] === database
    })
    .reduce((sum, r) => sum + r.ticks, 0)
  return { app, postgres }
}

/** Milliseconds of CPU per completed unit between two cpuTicks readings; null when unknown. */
export function cpuPerUnit(before, after, units) {
  const per = (ticks) => (ticks < 0 || !units ? null : ((ticks / ticksPerSecond) * 1000) / units)
  return { app: per(after.app - before.app), postgres: per(after.postgres - before.postgres) }
}
