// The dependency rules of ARCHITECTURE.md, checked by `pnpm check:deps` (part of `pnpm test`).
// Paths are relative to the repository root.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "only-api-imports-api",
      comment: "Nothing outside backend/src/api imports the HTTP layer; shared logic belongs in lib/, a module or a workflow.",
      severity: "error",
      from: { path: "^backend/(src|integration-tests)/", pathNot: "^backend/src/api/" },
      to: { path: "^backend/src/api/" },
    },
    {
      name: "lib-stays-below-workflows",
      comment: "lib/ is imported by api, reports, workflows, jobs and subscribers; it imports none of them.",
      severity: "error",
      from: { path: "^backend/src/lib/" },
      to: { path: "^backend/src/(api|workflows|subscribers|jobs|scripts|reports)/" },
    },
    {
      name: "module-imports-no-other-module",
      comment: "Modules meet only through links (backend/src/links).",
      severity: "error",
      from: { path: "^backend/src/modules/([^/]+)/" },
      to: { path: "^backend/src/modules/", pathNot: "^backend/src/modules/$1/" },
    },
    {
      name: "module-imports-no-app-code",
      comment: "A module is self-contained: Medusa, npm packages and @karya-binaan/* packages only.",
      severity: "error",
      from: { path: "^backend/src/modules/" },
      to: { path: "^backend/src/", pathNot: "^backend/src/modules/" },
    },
    {
      name: "apps-import-no-backend",
      comment: "The storefront and the panel talk to the backend over HTTP and share only packages/*.",
      severity: "error",
      from: { path: "^(storefront|panel)/" },
      to: { path: "^backend/" },
    },
    {
      name: "apps-import-no-other-app",
      comment: "The storefront and the panel are separate apps: each imports only its own code and packages/*, never the other app, the journeys or the scripts.",
      severity: "error",
      from: { path: "^(storefront|panel)/" },
      to: { path: "^(storefront|panel|e2e|bench|scripts)/", pathNot: "^$1/" },
    },
    {
      name: "packages-import-no-app",
      comment: "Shared packages are pure TypeScript: they import no app.",
      severity: "error",
      from: { path: "^packages/" },
      to: { path: "^(backend|storefront|panel|e2e|bench)/" },
    },
    {
      name: "no-cycles-in-backend",
      comment: "Files that import each other cannot be understood, tested or moved on their own.",
      severity: "error",
      // Medusa's data models name each other in relations (hasMany/belongsTo): that is the ORM's
      // way, not a cycle of code. Type-only imports do not tie modules together at run time.
      from: { path: "^backend/src/", pathNot: "^backend/src/modules/[^/]+/models/" },
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|dist|\\.next[^/]*|\\.medusa|static)/" },
    tsPreCompilationDeps: true,
    // The storefront's "@/..." imports resolve through its tsconfig; the backend and the packages
    // use relative paths and package names only. The panel has its own "@/..." (panel/src): check:deps
    // cruises it in a second run with .dependency-cruiser.panel.cjs.
    tsConfig: { fileName: require("node:path").join(__dirname, "storefront", "tsconfig.json") },
    combinedDependencies: true,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".mts", ".js", ".mjs", ".cjs", ".json"],
    },
  },
}
