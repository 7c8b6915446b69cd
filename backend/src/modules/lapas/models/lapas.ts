import { model } from "@medusajs/framework/utils"
import { LapasMember } from "./member"
import { Partner } from "./partner"

export const LAPAS_CLASSES = [
  "kelas_i",
  "kelas_iia",
  "kelas_iib",
  "kelas_iii",
  "rutan",
  "bapas",
] as const
export type LapasClass = (typeof LAPAS_CLASSES)[number]

export const LAPAS_TIME_ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"] as const
export type LapasTimeZone = (typeof LAPAS_TIME_ZONES)[number]

/** A correctional institution (or rutan/bapas) as a seller on the marketplace. */
export const Lapas = model
  .define("lapas", {
    id: model.id({ prefix: "lapas" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    lapas_class: model.enum([...LAPAS_CLASSES]),
    city: model.text(),
    province: model.text(),
    time_zone: model.enum([...LAPAS_TIME_ZONES]).default("Asia/Jakarta"),
    /** The lapas's work-unit code, under which PNBP deposits are reported. */
    satker_code: model.text().nullable(),
    /** Yearly PNBP target in whole rupiah. */
    pnbp_target_yearly: model.bigNumber().default(0),
    story: model.text().nullable(),
    address: model.text().nullable(),
    contact_email: model.text().nullable(),
    contact_phone: model.text().nullable(),
    logo_url: model.text().nullable(),
    /** The lapas's static QRIS image, shown to buyers at its direct-sales till. */
    qris_image_url: model.text().nullable(),
    /**
     * The account buyers transfer to for this lapas's part of an order (shown only in the
     * transfer instructions of the buyer's own order, never on the public profile).
     */
    bank_name: model.text().nullable(),
    bank_account_number: model.text().nullable(),
    bank_account_holder: model.text().nullable(),
    /**
     * The lapas's Xendit xenPlatform sub-account ("for-user-id"): online payments (QRIS, virtual
     * account, e-wallet) route each part's amount there by a split rule. Null: no online payments.
     */
    xendit_sub_account_id: model.text().nullable(),
    /** A switched-off lapas sells nothing and is not shown to buyers. */
    is_active: model.boolean().default(true),
    partners: model.hasMany(() => Partner, { mappedBy: "lapas" }),
    members: model.hasMany(() => LapasMember, { mappedBy: "lapas" }),
  })
  .cascades({ delete: ["partners"] })
