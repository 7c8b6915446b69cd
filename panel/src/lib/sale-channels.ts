/**
 * Sales channels as the finance and indicator screens show them: the web shop and each kind of
 * direct-sale venue, labelled from SALE_CHANNEL_LABELS (Indonesian first). Pure, for server and
 * client.
 */
import {
  SALE_CHANNEL_LABELS,
  SALE_CHANNELS,
  type IndicatorChannel,
  type IndicatorLapasChannels,
  type PnbpReport,
  type Rupiah,
  type SaleChannel,
} from "@karya-binaan/contracts"
import type { Locale } from "@/i18n/locale"

export const channelLabel = (channel: SaleChannel, locale: Locale) => SALE_CHANNEL_LABELS[channel][locale]

/** The screen's `?kanal=` value as a channel; anything else is no filter. */
export function channelParam(value: string | undefined | null): SaleChannel | undefined {
  const v = value?.trim()
  return (SALE_CHANNELS as readonly string[]).includes(v ?? "") ? (v as SaleChannel) : undefined
}

/** The options of a channel filter: every channel first ("" = all), then each channel by label. */
export function channelOptions(locale: Locale, all: string) {
  return [{ value: "", label: all }, ...SALE_CHANNELS.map((c) => ({ value: c, label: channelLabel(c, locale) }))]
}

const amount = (value: Rupiah) => BigInt(String(value))

export type ChannelTotalsRow = {
  key: string
  label: string
  kind: "channel" | "total" | "services"
  quantity: number
  revenue: bigint
  profit: bigint
  capital: bigint
  premi: bigint
  pnbp: bigint
}

/**
 * The per-channel totals table of a PNBP report: one row per channel the report lists, then the
 * total (the report's, which the channels add up to), then the services subtotal.
 */
export function channelTotalsRows(
  report: Pick<PnbpReport, "by_channel" | "totals" | "services">,
  locale: Locale,
  labels: { total: string; services: string }
): ChannelTotalsRow[] {
  const figures = (f: { revenue: Rupiah; profit: Rupiah; capital: Rupiah; premi: Rupiah; pnbp: Rupiah }) => ({
    revenue: amount(f.revenue),
    profit: amount(f.profit),
    capital: amount(f.capital),
    premi: amount(f.premi),
    pnbp: amount(f.pnbp),
  })
  const rows: ChannelTotalsRow[] = report.by_channel.map((c) => ({
    key: c.channel,
    label: channelLabel(c.channel, locale),
    kind: "channel",
    quantity: c.quantity,
    ...figures(c),
  }))
  rows.push({
    key: "total",
    label: labels.total,
    kind: "total",
    quantity: report.by_channel.reduce((n, c) => n + c.quantity, 0),
    ...figures(report.totals),
  })
  rows.push({ key: "services", label: labels.services, kind: "services", quantity: report.services.quantity, ...figures(report.services) })
  return rows
}

export type IndicatorFigureKey = "revenue" | "pnbp_booked" | "premi_earned"

export type LapasChannelRow = {
  key: string
  label: string
  /** One amount per channel, in SALE_CHANNELS order. */
  cells: bigint[]
  total: bigint
  /** The bottom row: every lapas together. */
  isTotal: boolean
}

/**
 * The national comparison of lapas by channel for one figure: a row per lapas (cells per channel
 * and the lapas's total), sorted by that total, largest first, then a row of every lapas.
 */
export function lapasChannelMatrix(
  lapas: IndicatorLapasChannels[],
  figure: IndicatorFigureKey,
  totalLabel: string
): LapasChannelRow[] {
  const cellsOf = (channels: IndicatorChannel[]) =>
    SALE_CHANNELS.map((channel) => {
      const c = channels.find((x) => x.channel === channel)
      return c ? amount(c[figure]) : 0n
    })
  const rows = lapas
    .map((l) => {
      const cells = cellsOf(l.channels)
      return { key: l.lapas_id, label: l.name, cells, total: cells.reduce((s, v) => s + v, 0n), isTotal: false }
    })
    .sort((a, b) => (a.total === b.total ? a.label.localeCompare(b.label) : a.total > b.total ? -1 : 1))
  const sums = SALE_CHANNELS.map((_, i) => rows.reduce((s, r) => s + r.cells[i], 0n))
  rows.push({ key: "total", label: totalLabel, cells: sums, total: sums.reduce((s, v) => s + v, 0n), isTotal: true })
  return rows
}

/** A channel's share of a total, in whole per cent ("—" when the total is not positive). */
export function shareOf(part: bigint, total: bigint): string {
  if (total <= 0n) return "—"
  return `${((part * 100n) / total).toString()} %`
}
