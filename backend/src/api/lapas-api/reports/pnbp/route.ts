import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { allReportLapas } from "../../../../lib/finance/lapas"
import type { Database } from "../../../../lib/sql"
import { scopeOf } from "../../../../modules/profit-share/reports/scope"
import { CONTENT_TYPES, reportFileName, writePnbpReport } from "../../../../reports/pnbp"
import { ClientGoneError } from "../../../../reports/pnbp/stream"
import { financeLapas } from "../../../utils/finance-scope"
import { FINANCE_AND_NATIONAL, memberRoute } from "../../../utils/member-access"
import type { PnbpReportQuery } from "./validators"

/**
 * The PNBP report of a lapas over whole days in its own time zone, as json, csv, xlsx or pdf (see
 * src/reports/pnbp). Finance get their own lapas's (404 for another); national members name a
 * lapas or leave lapas_id out for a roll-up of every lapas.
 */
export const GET = memberRoute<unknown, PnbpReportQuery>(FINANCE_AND_NATIONAL, async (req, res, member) => {
  const query = req.validatedQuery as unknown as PnbpReportQuery
  const lapas = await financeLapas(req.scope, member, query.lapas_id, true)
  const scope = scopeOf(lapas, lapas ? [lapas] : await allReportLapas(req.scope), { from: query.from, to: query.to }, query.channel ?? null)
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
    // The client went away: the report has let go of its transaction; nobody is left to answer.
    if (error instanceof ClientGoneError) {
      res.destroy()
      return
    }
    if (!res.headersSent) throw error
    // Part of the file is out: the client must see a broken download, not a complete one.
    res.destroy(error as Error)
    return
  }
  if (!res.writableEnded) res.end()
})
