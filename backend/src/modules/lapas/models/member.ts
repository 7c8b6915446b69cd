import { model } from "@medusajs/framework/utils"
import { Lapas } from "./lapas"

export const MEMBER_ROLES = ["lapas_staff", "finance", "national"] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

/**
 * A person who works in the panel: staff or finance of one lapas, or a national (Ditjenpas)
 * member with no lapas. Authenticates as the `lapas_member` actor (the auth identity's
 * `app_metadata.lapas_member_id`), never as a Medusa user.
 */
export const LapasMember = model
  .define("lapas_member", {
    id: model.id({ prefix: "lmem" }).primaryKey(),
    name: model.text(),
    /** Stored lower-case; one member per e-mail. */
    email: model.text().unique(),
    role: model.enum([...MEMBER_ROLES]),
    lapas: model.belongsTo(() => Lapas, { mappedBy: "members" }).nullable(),
    /** SHA-256 of the invitation token mailed to the member; cleared once accepted. */
    invite_token_hash: model.text().nullable(),
    invite_expires_at: model.dateTime().nullable(),
    /** When the member set a password and could first log in. */
    activated_at: model.dateTime().nullable(),
    /** A deactivated member's token and password are refused everywhere. */
    deactivated_at: model.dateTime().nullable(),
  })
  .checks([
    {
      name: "lapas_member_lapas_by_role",
      expression: (columns) =>
        `(${columns.role} = 'national' AND ${columns.lapas_id} IS NULL) OR (${columns.role} <> 'national' AND ${columns.lapas_id} IS NOT NULL)`,
    },
  ])
