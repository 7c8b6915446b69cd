import type { DayDemand } from "@karya-binaan/contracts"
import { Text } from "@medusajs/ui"
import { useEffect, useRef, useState } from "react"
import { searchDemandMessages as t, shortDay } from "../../lib/search-demand-messages"

/** Drawn at the container's real width (labels keep their pixel size); this until measured. */
const DEFAULT_WIDTH = 640
const HEIGHT = 220
const LEFT = 40
const RIGHT = 8
const TOP = 10
const BOTTOM = 24
const TICKS = 4
/** At most this many day labels under the axis; the others show on hover. */
const MAX_LABELS = 10

/** A round whole step for about TICKS grid lines up to `max` (counts, so never below 1). */
function niceStep(max: number): number {
  if (max <= TICKS) return 1
  const raw = max / TICKS
  const power = 10 ** Math.floor(Math.log10(raw))
  const fraction = raw / power
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
  return Math.max(1, nice * power)
}

const SEARCHES = { fill: "fill-ui-tag-blue-icon", swatch: "bg-ui-tag-blue-icon" }
const ZERO = { fill: "fill-ui-tag-red-icon", swatch: "bg-ui-tag-red-icon" }

/**
 * Searches per day as plain SVG bars (no chart library): each day's searches, and in front of
 * them, the part that found nothing. Every day of the period has its slot, empty days included.
 */
export const SearchDemandChart = ({ days }: { days: DayDemand[] }) => {
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

  const most = Math.max(0, ...days.map((d) => d.searches))
  const step = niceStep(most)
  const max = Math.max(step, Math.ceil(most / step) * step)
  const plotHeight = HEIGHT - TOP - BOTTOM
  const y = (value: number) => TOP + ((max - value) / max) * plotHeight
  const slot = (width - LEFT - RIGHT) / Math.max(1, days.length)
  const barWidth = Math.max(1, Math.min(24, slot * 0.75))
  const labelEvery = Math.max(1, Math.ceil(days.length / MAX_LABELS))
  const ticks: number[] = []
  for (let value = 0; value <= max; value += step) ticks.push(value)

  return (
    <div ref={boxRef} className="flex flex-col gap-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Text size="small" weight="plus">
          {t.chart.title}
        </Text>
        <div className="flex flex-wrap gap-3">
          {[
            { label: t.chart.searches, ...SEARCHES },
            { label: t.chart.zero, ...ZERO },
          ].map((s) => (
            <span key={s.label} className="flex items-center gap-1">
              <span className={`inline-block h-2.5 w-2.5 rounded-sm ${s.swatch}`} />
              <Text size="xsmall" className="text-ui-fg-subtle">
                {s.label}
              </Text>
            </span>
          ))}
        </div>
      </div>
      {most === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          {t.chart.empty}
        </Text>
      ) : (
        <svg
          viewBox={`0 0 ${width} ${HEIGHT}`}
          width={width}
          height={HEIGHT}
          className="block max-w-full"
          role="img"
          aria-label={t.chart.title}
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
              <text x={LEFT - 6} y={y(value) + 4} textAnchor="end" fontSize={11} className="fill-ui-fg-subtle">
                {t.count(value)}
              </text>
            </g>
          ))}
          {days.map((d, i) => {
            const x = LEFT + i * slot + (slot - barWidth) / 2
            return (
              <g key={d.day}>
                <rect
                  x={x}
                  y={y(d.searches)}
                  width={barWidth}
                  height={y(0) - y(d.searches)}
                  className={SEARCHES.fill}
                >
                  <title>{t.chart.bar(d.day, t.chart.searches, d.searches)}</title>
                </rect>
                {d.zero_result_searches > 0 ? (
                  <rect
                    x={x}
                    y={y(d.zero_result_searches)}
                    width={barWidth}
                    height={y(0) - y(d.zero_result_searches)}
                    className={ZERO.fill}
                  >
                    <title>{t.chart.bar(d.day, t.chart.zero, d.zero_result_searches)}</title>
                  </rect>
                ) : null}
                {i % labelEvery === 0 ? (
                  <text
                    x={LEFT + i * slot + slot / 2}
                    y={HEIGHT - 8}
                    textAnchor="middle"
                    fontSize={11}
                    className="fill-ui-fg-subtle"
                  >
                    {shortDay(d.day)}
                  </text>
                ) : null}
              </g>
            )
          })}
        </svg>
      )}
    </div>
  )
}
