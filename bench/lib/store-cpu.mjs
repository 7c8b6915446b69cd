// CPU spent per app during one measurement (Linux /proc): the app's process tree (pnpm, medusa,
// node) and the PostgreSQL backends serving the app's own database (other databases on the same
// server, e.g. another engineer's tests, are not counted). A PostgreSQL backend that exits during
// the window loses its ticks (the app's pool keeps its connections, so this is rare); a negative
// difference is reported as unknown.
import { cmdline, processTable, ticksPerSecond, treeTicks } from "./proc.mjs"

/** `{ app, postgres }` CPU ticks now: the tree under `pid`, and PostgreSQL backends of `database` (`postgres: <role> <database> …`). */
export function cpuTicks({ pid, database }) {
  const rows = processTable()
  const app = treeTicks(rows, pid)
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
