import { MEMBER_ACTOR_TYPE, STAFF_ROLES, type StaffRole } from "@karya-binaan/contracts"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { LAPAS_MODULE } from "../modules/lapas"
import type LapasModuleService from "../modules/lapas/service"

/** The table of the retired user ↔ lapas link (composeTableName of lapas.lapas and user.user). */
const RETIRED_LINK_TABLE = "lapas_lapas_user_user"

/**
 * Lapas staff and finance used to be Medusa admin users linked to their lapas. This moves each of
 * them to a lapas member with the same e-mail, role and lapas, keeping their password (the same
 * auth identity now names the member), and removes the Medusa user, so their old token and login
 * no longer open Medusa's admin API. Medusa users without a lapas stay: they are the national
 * office's administrators. Runs once (Medusa records migration scripts); a database that never had
 * the link has nothing to move.
 */
export default async function lapasUsersToMembers({ container }: { container: MedusaContainer }) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (!(await pg.schema.hasTable(RETIRED_LINK_TABLE))) {
    return
  }
  const { rows } = await pg.raw(
    `SELECT lapas_id, user_id, role FROM ${RETIRED_LINK_TABLE} WHERE deleted_at IS NULL`
  )
  const links = (rows as { lapas_id: string; user_id: string; role: string }[]).filter((row) =>
    (STAFF_ROLES as readonly string[]).includes(row.role)
  )
  if (!links.length) {
    return
  }
  const users = container.resolve(Modules.USER)
  const auth = container.resolve(Modules.AUTH)
  const lapas: LapasModuleService = container.resolve(LAPAS_MODULE)
  let moved = 0
  for (const link of links) {
    const [user] = await users.listUsers({ id: link.user_id }, { select: ["id", "email", "first_name", "last_name"] })
    if (!user) continue
    const email = user.email.trim().toLowerCase()
    const [existing] = await lapas.listLapasMembers({ email }, { select: ["id"] })
    const member =
      existing ??
      (await lapas.createLapasMembers({
        email,
        name: [user.first_name, user.last_name].filter(Boolean).join(" ") || email,
        role: link.role as StaffRole,
        lapas_id: link.lapas_id,
        activated_at: new Date(),
      }))
    const identities = await auth.listAuthIdentities({ app_metadata: { user_id: user.id } } as any)
    for (const identity of identities) {
      // app_metadata is merged on update: the user key is cleared by setting it to null.
      await auth.updateAuthIdentities({
        id: identity.id,
        app_metadata: { ...(identity.app_metadata ?? {}), user_id: null, [`${MEMBER_ACTOR_TYPE}_id`]: member.id },
      })
    }
    await users.deleteUsers([user.id])
    moved++
  }
  await pg.raw(`UPDATE ${RETIRED_LINK_TABLE} SET deleted_at = now() WHERE deleted_at IS NULL`)
  logger.info(`Moved ${moved} lapas users to lapas members (the panel); their Medusa users are removed.`)
}
