// The same rules for panel/src, whose "@/..." imports resolve through panel/tsconfig.json
// (one cruise can use one tsconfig; the main config's is the storefront's). Run by `pnpm check:deps`.
const path = require("node:path")
const base = require("./.dependency-cruiser.cjs")

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  ...base,
  options: { ...base.options, tsConfig: { fileName: path.join(__dirname, "panel", "tsconfig.json") } },
}
