import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** One figure of the dashboard: a label, the value, an optional line under it. */
export const IndicatorsKpi = ({
  label,
  value,
  hint,
  children,
}: {
  label: string
  value: string
  hint?: string
  children?: ReactNode
}) => (
  <div className="bg-ui-bg-subtle flex flex-col gap-y-1 rounded-lg border px-4 py-3">
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="xlarge" weight="plus" className="tabular-nums">
      {value}
    </Text>
    {hint ? (
      <Text size="xsmall" className="text-ui-fg-muted">
        {hint}
      </Text>
    ) : null}
    {children}
  </div>
)

/** 1234 bp → "12,34 %" (Indonesian decimal comma). */
export function percentOfBp(bp: number): string {
  const whole = Math.floor(bp / 100)
  const fraction = (bp % 100).toString().padStart(2, "0").replace(/0+$/, "")
  return `${whole}${fraction ? `,${fraction}` : ""} %`
}

/** A horizontal bar filled to `bp` basis points (capped at full), with a label. */
export const IndicatorsProgress = ({ bp, label, barClass }: { bp: number; label: string; barClass: string }) => {
  const width = Math.min(100, Math.max(0, bp / 100))
  return (
    <div className="flex flex-col gap-y-1">
      <div
        className="bg-ui-bg-switch-off h-2 w-full overflow-hidden rounded-full"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(width)}
        aria-label={label}
      >
        <div className={`h-full rounded-full ${barClass}`} style={{ width: `${width}%` }} />
      </div>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {label}
      </Text>
    </div>
  )
}
