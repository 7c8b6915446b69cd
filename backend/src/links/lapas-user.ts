import { defineLink } from "@medusajs/framework/utils"
import UserModule from "@medusajs/medusa/user"
import LapasModule from "../modules/lapas"

/**
 * An admin user working for one lapas, as `lapas_staff` or `finance` (the `role` column);
 * a lapas has many such users. A user with no such link is a `national` user (Ditjenpas).
 */
export default defineLink(
  LapasModule.linkable.lapas,
  { linkable: UserModule.linkable.user, isList: true },
  { database: { extraColumns: { role: { type: "text" } } } }
)
