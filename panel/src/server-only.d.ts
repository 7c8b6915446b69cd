// "server-only" is provided by Next.js at build time; this lets TypeScript accept the import.
declare module "server-only" {}
