import path from "node:path"
import { createRequire } from "node:module"
import { loadRouteSamples, loadRouteTable, routePathOf, routeTableProblems, LAPAS_API_DIR } from "./route-table"

// No server and no database: the route files and samples are only loaded and inspected.
const requireFromBackend = createRequire(path.join(__dirname, "..", "..", "package.json"))
const { PUBLIC_MEMBER_PATHS } = requireFromBackend("./src/api/lapas-api/middlewares") as {
  PUBLIC_MEMBER_PATHS: string[]
}

describe("the scoped API's route table", () => {
  const routes = loadRouteTable()

  it("spells paths as Medusa routes them", () => {
    expect(routePathOf(path.join(LAPAS_API_DIR, "route.ts"))).toBe("/lapas-api")
    expect(routePathOf(path.join(LAPAS_API_DIR, "orders", "[id]", "shares", "route.ts"))).toBe("/lapas-api/orders/:id/shares")
    expect(routePathOf(path.join(LAPAS_API_DIR, "products", "[id]", "variants", "[variant_id]", "route.ts"))).toBe(
      "/lapas-api/products/:id/variants/:variant_id"
    )
  })

  it("finds the routes that exist, with their roles", () => {
    expect(routes.length).toBeGreaterThan(0)
    expect(routes.find((route) => route.key === "GET /lapas-api/me")).toMatchObject({
      access: { roles: ["lapas_staff", "finance", "national"] },
    })
    console.info(
      `lapas-api route table: ${routes.length} handlers\n` +
        routes
          .map((route) => `  ${route.key}  ${route.access ? ("public" in route.access ? "public" : route.access.roles.join("|")) : "NO MARKER"}`)
          .join("\n")
    )
  })

  it("binds a role check to every handler and has a sweep sample for every route with ids or a body", () => {
    const problems = routeTableProblems(routes, loadRouteSamples(), PUBLIC_MEMBER_PATHS)
    expect(problems).toEqual([])
  })

  it("reports a handler without the marker and a route without a sample", () => {
    const problems = routeTableProblems(
      [
        { method: "DELETE", path: "/lapas-api/things/:id", key: "DELETE /lapas-api/things/:id", params: ["id"], access: null, file: "x" },
        { method: "GET", path: "/lapas-api/things", key: "GET /lapas-api/things", params: [], access: { roles: ["finance"] }, file: "y" },
      ],
      {
        samples: { "POST /lapas-api/gone": { body: () => ({}) }, "GET /lapas-api/things": { params: (b) => ({ id: b.product }) } },
        sources: { "POST /lapas-api/gone": "x.ts", "GET /lapas-api/things": "x.ts" },
        duplicates: [],
      },
      []
    )
    expect(problems).toHaveLength(4)
    expect(problems[0]).toMatch(/not built with memberRoute/)
    expect(problems[1]).toMatch(/has no sample/)
    expect(problems[2]).toMatch(/gives the params \[id\] but the path has \[\]/)
    expect(problems[3]).toMatch(/names no route/)
  })
})
