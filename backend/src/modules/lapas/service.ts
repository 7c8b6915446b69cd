import { MedusaService } from "@medusajs/framework/utils"
import { Lapas } from "./models/lapas"
import { LapasMember } from "./models/member"
import { Partner } from "./models/partner"
import { PartnerAgreement } from "./models/partner-agreement"

class LapasModuleService extends MedusaService({
  Lapas,
  LapasMember,
  Partner,
  PartnerAgreement,
}) {}

export default LapasModuleService
