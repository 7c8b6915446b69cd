import type { Writable } from "node:stream"
import type { PnbpFigures, PnbpReport, Rupiah } from "@karya-binaan/contracts"
import { rupiahToJson } from "@karya-binaan/shares"
import type { ReportLapas, Scope } from "../../modules/profit-share/reports/scope"
import { FIGURES, type Figures, type ReportHeader, type ReportTotals } from "../../modules/profit-share/reports/totals"
import type { SqlClient } from "../../lib/sql"
import { depositRows, orderRows, productRows } from "./figures"
import { put } from "./stream"

const money = (figures: Figures): PnbpFigures =>
  Object.fromEntries(FIGURES.map((key) => [key, rupiahToJson(figures[key])])) as Record<(typeof FIGURES)[number], Rupiah>

function lapasJson(lapas: ReportLapas): NonNullable<PnbpReport["lapas"]> {
  return {
    id: lapas.id,
    name: lapas.name,
    handle: lapas.handle,
    satker_code: lapas.satker_code,
    city: lapas.city ?? null,
    time_zone: lapas.time_zone,
  }
}

function periodJson(scope: Scope, header: ReportHeader): PnbpReport["period"] {
  return {
    from: scope.period.from,
    to: scope.period.to,
    /** The lapas's zone; "per_lapas" for a roll-up (each lapas's days in its own zone). */
    time_zone: scope.single ? scope.single.time_zone : "per_lapas",
    closed: header.closed,
    closed_at: header.closed_at ? header.closed_at.toISOString() : null,
  }
}

function totalsJson(totals: ReportTotals): PnbpReport["totals"] {
  return {
    ...money(totals),
    deposited: rupiahToJson(totals.deposited),
    outstanding: rupiahToJson(totals.outstanding),
    over_deposited: totals.over_deposited,
    deposit_status: totals.deposit_status,
    difference: rupiahToJson(totals.difference),
  }
}

/**
 * The report as one JSON document, its lists written row by row as the cursors hand them out,
 * with backpressure; stops when `signal` aborts (the client went away).
 */
export async function writeJson(trx: SqlClient, scope: Scope, header: ReportHeader, out: Writable, signal: AbortSignal) {
  await put(
    out,
    `{"lapas":${JSON.stringify(scope.single ? lapasJson(scope.single) : null)},` +
      `"period":${JSON.stringify(periodJson(scope, header))},` +
      `"chain_heads":${JSON.stringify(header.chain_heads satisfies PnbpReport["chain_heads"])},` +
      `"totals":${JSON.stringify(totalsJson(header.totals))},` +
      `"channel":${JSON.stringify(header.channel)},` +
      `"by_channel":${JSON.stringify(header.by_channel.map(({ channel, quantity, ...figures }) => ({ channel, quantity, ...money(figures) }) satisfies PnbpReport["by_channel"][number]))},` +
      `"services":${JSON.stringify({ quantity: header.services.quantity, ...money(header.services) } satisfies PnbpReport["services"])},` +
      `"by_product":[`,
    signal
  )
  let first = true
  for await (const row of productRows(trx, scope)) {
    const { lapas, product_id, title, quantity, channel, ...figures } = row
    await put(out, (first ? "" : ",") + JSON.stringify({ lapas, product_id, title, quantity, channel, ...money(figures) } satisfies PnbpReport["by_product"][number]), signal)
    first = false
  }
  await put(out, `],"orders":[`, signal)
  first = true
  for await (const row of orderRows(trx, scope)) {
    const { lapas, order_id, display_id, date, channel, ...figures } = row
    await put(out, (first ? "" : ",") + JSON.stringify({ order_id, display_id, lapas, date, channel, ...money(figures) } satisfies PnbpReport["orders"][number]), signal)
    first = false
  }
  await put(out, `],"deposits":[`, signal)
  first = true
  for await (const row of depositRows(trx, scope)) {
    await put(out, (first ? "" : ",") + JSON.stringify({ ...row, amount: rupiahToJson(row.amount) } satisfies PnbpReport["deposits"][number]), signal)
    first = false
  }
  await put(out, `]}`, signal)
}
