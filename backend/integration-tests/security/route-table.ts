import { readdirSync, statSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import type { MemberRole } from "@karya-binaan/contracts"
import type { ForeignIds, RouteSample, RouteSamples } from "./route-samples"

/**
 * The scoped API's route table, read from the file system at test time: every
 * `src/api/lapas-api/**\/route.ts`, its path (the folder path, `[param]` written `:param`), the
 * HTTP methods it exports and the roles each handler serves (the `MEMBER_ROUTE` marker that
 * `memberRoute`/`publicMemberRoute` put on it). Nothing here is a list someone has to keep up to
 * date: a new route folder is in the table, and in the security sweep, the moment it exists.
 */

const BACKEND = path.resolve(__dirname, "..", "..")
export const LAPAS_API_DIR = path.join(BACKEND, "src", "api", "lapas-api")
const SAMPLES_DIR = path.join(__dirname, "samples")

/** The HTTP methods Medusa's router registers from a route file's exports. */
export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"] as const
export type HttpMethod = (typeof HTTP_METHODS)[number]

/** The same symbol as `MEMBER_ROUTE` in src/api/utils/member-access.ts (Symbol.for). */
const MEMBER_ROUTE = Symbol.for("karya-binaan.member-route")

export type HandlerAccess = { roles: readonly MemberRole[] } | { public: true } | null

export interface RouteEntry {
  method: HttpMethod
  /** The canonical path, e.g. `/lapas-api/orders/:id/shares`. */
  path: string
  /** `METHOD /path`, the key of the route's sample. */
  key: string
  params: string[]
  /** The handler's marker; null when the handler was not built with memberRoute/publicMemberRoute. */
  access: HandlerAccess
  /** The route file, relative to backend/. */
  file: string
}

// Through Node's require, the module cache Medusa's own loaders use (ts-node is registered in
// integration-tests/setup.ts): evaluating app code a second time through Vitest's module graph
// would register its link definitions twice (see integration-tests/app.ts).
const requireFromBackend = createRequire(path.join(BACKEND, "package.json"))

function routeFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) return routeFiles(full)
      return /^route\.(ts|js|mjs|cjs)$/.test(name) ? [full] : []
    })
}

/** `orders/[id]/shares` → `/lapas-api/orders/:id/shares` (Medusa's file-based routing). */
export function routePathOf(file: string) {
  const folder = path.relative(LAPAS_API_DIR, path.dirname(file)).split(path.sep).filter(Boolean)
  const segments = folder.map((segment) => {
    const catchAll = /^\[\.\.\.(.*)\]$/.exec(segment)
    if (catchAll) return "*"
    return segment.replace(/^\[(.+)\]$/, ":$1")
  })
  return ["/lapas-api", ...segments].join("/")
}

export function paramsOf(routePath: string) {
  return routePath
    .split("/")
    .filter((segment) => segment.startsWith(":"))
    .map((segment) => segment.slice(1))
}

function accessOf(handler: unknown): HandlerAccess {
  if (typeof handler !== "function") return null
  const info = (handler as unknown as Record<symbol, unknown>)[MEMBER_ROUTE] as HandlerAccess | undefined
  if (!info || typeof info !== "object") return null
  if ("public" in info && info.public === true) return { public: true }
  if ("roles" in info && Array.isArray(info.roles)) return { roles: info.roles }
  return null
}

/** Every handler of the scoped API, sorted by path then method. */
export function loadRouteTable(): RouteEntry[] {
  const entries: RouteEntry[] = []
  for (const file of routeFiles(LAPAS_API_DIR)) {
    const exported = requireFromBackend(file) as Record<string, unknown>
    const routePath = routePathOf(file)
    for (const method of HTTP_METHODS) {
      if (!(method in exported)) continue
      entries.push({
        method,
        path: routePath,
        key: `${method} ${routePath}`,
        params: paramsOf(routePath),
        access: accessOf(exported[method]),
        file: path.relative(BACKEND, file),
      })
    }
  }
  return entries.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method))
}

/** Every sample of `samples/*.ts`, merged; `duplicates` names keys declared by two files. */
export function loadRouteSamples(): { samples: RouteSamples; sources: Record<string, string>; duplicates: string[] } {
  const samples: RouteSamples = {}
  const sources: Record<string, string> = {}
  const duplicates: string[] = []
  let files: string[] = []
  try {
    files = readdirSync(SAMPLES_DIR).filter((name) => /\.(ts|js)$/.test(name) && !name.endsWith(".d.ts")).sort()
  } catch {
    files = []
  }
  for (const name of files) {
    const loaded = requireFromBackend(path.join(SAMPLES_DIR, name)) as { default?: RouteSamples }
    for (const [key, sample] of Object.entries(loaded.default ?? {})) {
      if (key in samples) duplicates.push(`${key} (in ${sources[key]} and ${name})`)
      samples[key] = sample as RouteSample
      sources[key] = name
    }
  }
  return { samples, sources, duplicates }
}

/** Whether the sweep needs a sample to call this route with B's ids. */
export function needsSample(route: Pick<RouteEntry, "method" | "params">) {
  return route.params.length > 0 || route.method !== "GET"
}

/** Placeholder ids, to check a sample's shape without a database. */
export const PLACEHOLDER_IDS: ForeignIds = new Proxy({} as ForeignIds, {
  get: (_target, name) => `placeholder_${String(name)}`,
})

/**
 * What is wrong with the route table and its samples, one sentence per problem: a handler
 * without the memberRoute marker, a route the sweep cannot call for want of a sample, a sample
 * whose params do not fill the route's path or that names no route, a public handler off the
 * public list.
 */
export function routeTableProblems(
  routes: RouteEntry[],
  loaded: ReturnType<typeof loadRouteSamples>,
  publicPaths: readonly string[]
): string[] {
  const problems: string[] = []
  const keys = new Set(routes.map((route) => route.key))
  for (const route of routes) {
    const isPublic = !!route.access && "public" in route.access
    if (!route.access) {
      problems.push(
        `${route.key} (${route.file}): the handler is not built with memberRoute(roles, …) or publicMemberRoute(…), so no role check is bound to it.`
      )
    } else if ("roles" in route.access && route.access.roles.length === 0) {
      problems.push(`${route.key} (${route.file}): memberRoute with no roles serves nobody; remove the handler or name its roles.`)
    } else if (isPublic && !publicPaths.includes(route.path)) {
      problems.push(`${route.key} (${route.file}): a public handler whose path is not in PUBLIC_MEMBER_PATHS answers 401 to everyone.`)
    }
    if (!isPublic && publicPaths.includes(route.path)) {
      problems.push(`${route.key} (${route.file}): the path is public (PUBLIC_MEMBER_PATHS) but the handler is not publicMemberRoute.`)
    }
    const sample = loaded.samples[route.key]
    if (!sample) {
      if (needsSample(route)) {
        problems.push(
          `${route.key} (${route.file}) has no sample: add "${route.key}" to integration-tests/security/samples/<area>.ts (format in route-samples.ts) so the sweep can call it with lapas B's ids.`
        )
      }
      continue
    }
    const given = Object.keys(sample.params?.(PLACEHOLDER_IDS) ?? {}).sort()
    const wanted = [...route.params].sort()
    if (given.join(",") !== wanted.join(",")) {
      problems.push(
        `The sample "${route.key}" gives the params [${given.join(", ")}] but the path has [${wanted.join(", ")}].`
      )
    }
    if (sample.body && sample.multipart) {
      problems.push(`The sample "${route.key}" has both a JSON body and a multipart body; give one.`)
    }
  }
  for (const key of Object.keys(loaded.samples)) {
    if (!keys.has(key)) {
      problems.push(
        `The sample "${key}" (samples/${loaded.sources[key]}) names no route of src/api/lapas-api (method and path as the folder spells it, [param] as :param).`
      )
    }
  }
  for (const duplicate of loaded.duplicates) {
    problems.push(`The sample ${duplicate} is declared twice.`)
  }
  return problems
}
