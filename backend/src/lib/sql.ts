import type { MedusaContainer } from "@medusajs/framework/types"
import { composeTableName, ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The little of knex that lib's SQL reads need (the app's PG_CONNECTION is a knex instance):
 * raw SQL with `?` bindings.
 */
export interface SqlClient {
  raw(sql: string, bindings?: readonly unknown[]): PromiseLike<{ rows: any[] }>
}

/** The app's database connection (one PostgreSQL for every module, as Medusa runs them). */
export function sqlOf(scope: MedusaContainer): SqlClient {
  return scope.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as SqlClient
}

interface Linkable {
  toJSON(): { serviceName: string; linkable: string }
}

/**
 * The table Medusa keeps a defineLink link between two linkables in, named the way link-modules
 * names it (composeTableName of both modules and keys). What defineLink returns carries no table
 * name, and its serviceName, entity and entryPoint are only filled in when Medusa registers the
 * link, so pass the same linkables as the link's file in src/links/.
 */
export function linkTableName(left: Linkable, right: Linkable): string {
  const a = left.toJSON()
  const b = right.toJSON()
  return composeTableName(a.serviceName, a.linkable, b.serviceName, b.linkable)
}
