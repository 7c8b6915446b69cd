/** Pure helpers for the cart: lines grouped by the lapas that sends them, and rupiah amounts. */
import { formatRupiah } from "@karya-binaan/format"
import { toRupiahBigInt } from "@karya-binaan/shares"

export type CartLapas = { id: string; handle: string | null; name: string; city: string | null }

export type GroupItem = {
  id: string
  product_id?: string | null
  quantity: number
  unit_price?: number | null
  subtotal?: number | null
  total?: number | null
  created_at?: string | Date | null
}

export type LapasGroup<T extends GroupItem = GroupItem> = {
  /** null when the product's lapas is unknown (e.g. the lookup failed). */
  lapas: CartLapas | null
  items: T[]
  subtotal: number
}

/** Amount of a line before shipping: its subtotal, else quantity × unit price. */
export function lineAmount(item: GroupItem): number {
  if (typeof item.subtotal === "number" && Number.isFinite(item.subtotal)) return item.subtotal
  return (item.unit_price ?? 0) * (item.quantity ?? 0)
}

function time(value: GroupItem["created_at"]): number {
  if (!value) return 0
  const ms = new Date(value).getTime()
  return Number.isNaN(ms) ? 0 : ms
}

/**
 * Lines grouped by lapas, groups in the order their first line was added, lines oldest first.
 * Lines whose lapas is unknown form one last group with `lapas: null`.
 */
export function groupItemsByLapas<T extends GroupItem>(
  items: readonly T[],
  lapasByProduct: ReadonlyMap<string, CartLapas | null>
): LapasGroup<T>[] {
  const sorted = [...items].sort((a, b) => time(a.created_at) - time(b.created_at))
  const groups = new Map<string, LapasGroup<T>>()
  let unknown: LapasGroup<T> | null = null
  for (const item of sorted) {
    const lapas = (item.product_id && lapasByProduct.get(item.product_id)) || null
    let group: LapasGroup<T>
    if (!lapas) {
      unknown ??= { lapas: null, items: [], subtotal: 0 }
      group = unknown
    } else {
      group = groups.get(lapas.id) ?? { lapas, items: [], subtotal: 0 }
      groups.set(lapas.id, group)
    }
    group.items.push(item)
    group.subtotal += lineAmount(item)
  }
  return unknown ? [...groups.values(), unknown] : [...groups.values()]
}

/** Whole rupiah of a Medusa-computed amount, which may carry a fraction after tax maths; 0 when missing or unreadable. */
export function wholeRupiahOf(amount: unknown): bigint {
  try {
    return toRupiahBigInt(amount, { round: true })
  } catch {
    return 0n
  }
}

/** `formatRupiah` for amounts from the API, which may carry fractions after tax maths or be missing. */
export function rupiah(amount: number | string | null | undefined): string {
  return formatRupiah(wholeRupiahOf(amount))
}
