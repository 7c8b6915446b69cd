// Vanilla Medusa 2.21.2 for `pnpm bench:store`: the configuration create-medusa-app writes (as in
// medusajs/dtc-starter's apps/backend/medusa-config.ts), nothing else: Medusa's default modules
// and providers, no custom modules, links, routes, subscribers or jobs (there is no src/ folder),
// the admin dashboard off. bench/store.mjs starts it on its own copy of the demo database.
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000",
      authCors: process.env.AUTH_CORS || "http://localhost:8000,http://localhost:9000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    disable: true,
  },
})
