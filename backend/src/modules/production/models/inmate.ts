import { model } from "@medusajs/framework/utils"
import { BatchMaker } from "./batch-maker"

export const INMATE_STATUSES = ["active", "released"] as const
export type InmateStatus = (typeof INMATE_STATUSES)[number]

/**
 * An inmate (warga binaan) who works in a lapas's workshop, known by a pseudonymous code.
 * Deliberately holds no name, registration number, offence or sentence (UU 27/2022): the
 * display name and story are what the inmate chose to share, shown publicly only with consent.
 */
export const Inmate = model
  .define("inmate", {
    id: model.id({ prefix: "inm" }).primaryKey(),
    /** The lapas (lapas module) the inmate belongs to. */
    lapas_id: model.text().index(),
    /** Pseudonymous code, unique within a lapas, e.g. "BJN-001". */
    code: model.text().searchable(),
    /** A first name or nickname the inmate consented to, e.g. "Pak S.". */
    display_name: model.text().searchable().nullable(),
    story: model.text().nullable(),
    /** Whether display_name and story may be shown to the public. */
    consent_public: model.boolean().default(false),
    status: model.enum([...INMATE_STATUSES]).default("active"),
    batches: model.hasMany(() => BatchMaker, { mappedBy: "inmate" }),
  })
  .indexes([{ on: ["lapas_id", "code"], unique: true }])
