import { model } from "@medusajs/framework/utils"
import { Partner } from "./partner"

export const PARTNER_ACTIVITIES = ["training", "production", "marketing"] as const
export type PartnerActivity = (typeof PARTNER_ACTIVITIES)[number]

/** A written, dated agreement (MoU/PKS) with a partner; its term class derives from the dates. */
export const PartnerAgreement = model.define("lapas_partner_agreement", {
  id: model.id({ prefix: "lagree" }).primaryKey(),
  number: model.text(),
  starts_on: model.dateTime(),
  ends_on: model.dateTime(),
  activities: model.array(),
  partner: model.belongsTo(() => Partner, { mappedBy: "agreements" }),
})
