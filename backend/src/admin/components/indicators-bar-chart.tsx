import { Text } from "@medusajs/ui"
import { useEffect, useRef, useState } from "react"
import { formatRupiah } from "../lib/format"
import { indicatorsMessages } from "../lib/indicators-messages"

export type ChartSeries = {
  label: string
  /** Tailwind classes for the bars (fill-…) and the legend swatch (bg-…). */
  fillClass: string
  swatchClass: string
  /** One value per month, January first (whole rupiah, may be negative). */
  values: number[]
}

/** Drawn at the container's real width (so labels keep their pixel size); this until measured. */
const DEFAULT_WIDTH = 640
const HEIGHT = 240
const LEFT = 72
const RIGHT = 8
const TOP = 10
const BOTTOM = 24
const TICKS = 4

/** "Rp 1,2 M", "Rp 350 rb": short Indonesian amounts for an axis. */
export function compactRupiah(amount: number): string {
  const sign = amount < 0 ? "-" : ""
  const abs = Math.abs(amount)
  const units: [number, string][] = [
    [1e12, "T"],
    [1e9, "M"],
    [1e6, "jt"],
    [1e3, "rb"],
  ]
  for (const [size, unit] of units) {
    if (abs >= size) {
      const value = abs / size
      const text = (value >= 100 ? Math.round(value).toString() : value.toFixed(1).replace(/\.0$/, "")).replace(".", ",")
      return `${sign}Rp ${text} ${unit}`
    }
  }
  return `${sign}Rp ${Math.round(abs)}`
}

/** A round step for about `TICKS` grid lines up to `span`. */
function niceStep(span: number): number {
  if (span <= 0) return 1
  const raw = span / TICKS
  const power = 10 ** Math.floor(Math.log10(raw))
  const fraction = raw / power
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10
  return nice * power
}

/**
 * Monthly grouped bars drawn as plain SVG (no chart library): one group per month, one bar per
 * series, a zero line, and a rupiah axis. Negative values (a loss) go below the zero line.
 */
export const IndicatorsBarChart = ({ title, series }: { title: string; series: ChartSeries[] }) => {
  const boxRef = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState(DEFAULT_WIDTH)
  useEffect(() => {
    const box = boxRef.current
    if (!box || typeof ResizeObserver === "undefined") return
    const measure = () => {
      const next = Math.round(box.getBoundingClientRect().width)
      if (next > 0) setWidth(next)
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(box)
    return () => observer.disconnect()
  }, [])
  const all = series.flatMap((s) => s.values)
  const empty = all.every((value) => value === 0)
  const step = niceStep(Math.max(...all, 0) - Math.min(...all, 0))
  const max = Math.max(step, Math.ceil(Math.max(...all, 0) / step) * step)
  const min = Math.floor(Math.min(...all, 0) / step) * step
  const plotHeight = HEIGHT - TOP - BOTTOM
  const y = (value: number) => TOP + ((max - value) / (max - min)) * plotHeight
  const groupWidth = (width - LEFT - RIGHT) / 12
  const barWidth = Math.min(32, Math.max(2, (groupWidth * 0.7) / Math.max(1, series.length)))
  const ticks: number[] = []
  for (let value = min; value <= max + step / 2; value += step) ticks.push(value)

  return (
    <div ref={boxRef} className="flex flex-col gap-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Text size="small" weight="plus">
          {title}
        </Text>
        <div className="flex flex-wrap gap-3">
          {series.map((s) => (
            <span key={s.label} className="flex items-center gap-1">
              <span className={`inline-block h-2.5 w-2.5 rounded-sm ${s.swatchClass}`} />
              <Text size="xsmall" className="text-ui-fg-subtle">
                {s.label}
              </Text>
            </span>
          ))}
        </div>
      </div>
      {empty ? (
        <Text size="small" className="text-ui-fg-subtle">
          {indicatorsMessages.charts.empty}
        </Text>
      ) : (
        <svg
          viewBox={`0 0 ${width} ${HEIGHT}`}
          width={width}
          height={HEIGHT}
          className="block max-w-full"
          role="img"
          aria-label={title}
        >
          {ticks.map((value) => (
            <g key={value}>
              <line
                x1={LEFT}
                x2={width - RIGHT}
                y1={y(value)}
                y2={y(value)}
                className={value === 0 ? "stroke-ui-fg-muted" : "stroke-ui-border-base"}
                strokeWidth={1}
              />
              <text
                x={LEFT - 6}
                y={y(value) + 4}
                textAnchor="end"
                fontSize={11}
                className="fill-ui-fg-subtle"
              >
                {compactRupiah(value)}
              </text>
            </g>
          ))}
          {indicatorsMessages.months.map((label, month) => {
            const groupX = LEFT + month * groupWidth + (groupWidth - barWidth * series.length) / 2
            return (
              <g key={label}>
                {series.map((s, i) => {
                  const value = s.values[month] ?? 0
                  const top = y(Math.max(value, 0))
                  const height = Math.abs(y(value) - y(0))
                  return (
                    <rect
                      key={s.label}
                      x={groupX + i * barWidth}
                      y={top}
                      width={barWidth - 1}
                      height={Math.max(height, value === 0 ? 0 : 1)}
                      className={s.fillClass}
                    >
                      <title>{`${label}: ${s.label} ${formatRupiah(value)}`}</title>
                    </rect>
                  )
                })}
                <text
                  x={LEFT + month * groupWidth + groupWidth / 2}
                  y={HEIGHT - 8}
                  textAnchor="middle"
                  fontSize={11}
                  className="fill-ui-fg-subtle"
                >
                  {label}
                </text>
              </g>
            )
          })}
        </svg>
      )}
    </div>
  )
}
