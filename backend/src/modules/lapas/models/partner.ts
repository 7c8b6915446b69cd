import { model } from "@medusajs/framework/utils"
import { Lapas } from "./lapas"
import { PartnerAgreement } from "./partner-agreement"

export const PARTNER_KINDS = ["pt", "yayasan", "lpk", "koperasi", "government_agency"] as const
export type PartnerKind = (typeof PARTNER_KINDS)[number]

/** A mitra: a company, foundation, training centre, cooperative or agency working with a lapas. */
export const Partner = model
  .define("lapas_partner", {
    id: model.id({ prefix: "lpartner" }).primaryKey(),
    name: model.text(),
    kind: model.enum([...PARTNER_KINDS]),
    contact: model.text().nullable(),
    lapas: model.belongsTo(() => Lapas, { mappedBy: "partners" }),
    agreements: model.hasMany(() => PartnerAgreement, { mappedBy: "partner" }),
  })
  .cascades({ delete: ["agreements"] })
