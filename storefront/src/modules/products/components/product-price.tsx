import { formatRupiah } from "@karya-binaan/format"

/** A price in whole rupiah, written the Indonesian way: "Rp 125.000". */
export function ProductPrice({
  amount,
  className,
  testId,
}: {
  amount: number
  className?: string
  testId?: string
}) {
  return (
    <span className={className} data-testid={testId}>
      {formatRupiah(amount)}
    </span>
  )
}
