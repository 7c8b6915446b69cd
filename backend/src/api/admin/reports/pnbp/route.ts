import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  CONTENT_TYPES,
  reportFileName,
  writePnbpReport,
} from "../../../../reports/pnbp"
import { scopeOf } from "../../../../modules/profit-share/reports/scope"
import type { Database } from "../../../../lib/sql"
import { allReportLapas, scopedLapas } from "../../../utils/report-lapas"
import { parseQuery } from "../../../utils/validation"
import { PnbpReportQuerySchema } from "./validators"

/**
 * The PNBP report of a lapas over whole days in its own time zone, as json, csv, xlsx or pdf
 * (see src/reports/pnbp). Finance get their own lapas's (404 for another);
 * national users name a lapas or omit lapas_id for a roll-up of every lapas.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = parseQuery(req, PnbpReportQuerySchema)
  const lapas = await scopedLapas(req, query.lapas_id, true)
  const scope = scopeOf(lapas, lapas ? [lapas] : await allReportLapas(req), { from: query.from, to: query.to })
  const db = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Database
  res.status(200)
  res.setHeader("Content-Type", CONTENT_TYPES[query.format])
  res.setHeader("Cache-Control", "no-store")
  if (query.format !== "json") {
    res.setHeader("Content-Disposition", `attachment; filename="${reportFileName(scope, query.format)}"`)
  }
  try {
    await writePnbpReport(db, scope, query.format, res)
  } catch (error) {
    if (!res.headersSent) throw error
    // Part of the file is out: the client must see a broken download, not a complete one.
    res.destroy(error as Error)
    return
  }
  if (!res.writableEnded) res.end()
}
