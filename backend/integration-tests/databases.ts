import { Client } from "@medusajs/framework/pg"

/** The PostgreSQL server of the test run, as @medusajs/test-utils reads it (DB_* variables). */
async function connect() {
  const client = new Client({
    host: process.env.DB_HOST ?? "localhost",
    port: Number(process.env.DB_PORT ?? 5432),
    user: process.env.DB_USERNAME ?? "postgres",
    password: process.env.DB_PASSWORD || undefined,
    database: "postgres",
  })
  await client.connect()
  return client
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

/** A new database `name` as a copy of `template` (PostgreSQL copies the files: well under a second). */
export async function copyDatabase(template: string, name: string) {
  const client = await connect()
  try {
    await client.query(`CREATE DATABASE ${quote(name)} TEMPLATE ${quote(template)}`)
  } finally {
    await client.end()
  }
}

export async function dropDatabases(names: string[]) {
  const client = await connect()
  try {
    for (const name of names) await client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`)
  } finally {
    await client.end()
  }
}
