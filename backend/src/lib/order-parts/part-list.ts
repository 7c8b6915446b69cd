import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ACTION_STATES,
  ORDER_TABS,
  ORDER_TAB_KEYS,
  tabOfState,
  type ActionState,
  type LapasOrderListResponse,
  type OrderTab,
  type PartState,
} from "@karya-binaan/contracts"
import { loadOrderParts, publicPart, type LoadedOrderPart } from "./parts"
import {
  ordersAfterNewestRow,
  pageOrderPartStates,
  refreshOrderPartStates,
  repairOrderPartStates,
  settleRefreshes,
  writeOrderPartStates,
  type PartStateFilter,
  type PartStateKey,
} from "./part-states"

/**
 * The first list of a process repairs the rows once (builds them all when the table is empty, e.g.
 * after the migration; refreshes stale ones), so a deployment never lists from rows it missed.
 */
let checked: Promise<unknown> | null = null
function checkOnce(scope: MedusaContainer) {
  checked ??= repairOrderPartStates(scope, { limit: 10_000 }).catch((error) => {
    checked = null
    throw error
  })
  return checked
}

/**
 * GET /lapas-api/orders: a page of parts, newest first, with the counts per action state and per
 * tab of every part matching the search. Paged and counted in SQL over the state rows
 * (part-states.ts); only the page's orders are loaded (loadOrderParts), so the answer's parts are
 * exactly what the part screens show, with their state computed now.
 *
 * Orders numbered after the newest row are refreshed first (placed while their event is still
 * being handled). When a loaded part's state is not its row's (an event still in flight on another process, or
 * lost), the page's orders' rows are written from what was just loaded and the page and counts are
 * read once more, so the answer's filter and counts agree with the parts shown.
 */
export async function listOrderParts(
  scope: MedusaContainer,
  filter: PartStateFilter,
  page: { limit: number; offset: number }
): Promise<LapasOrderListResponse> {
  await checkOnce(scope)
  await settleRefreshes()
  const unlisted = await ordersAfterNewestRow(scope)
  if (unlisted.length) await refreshOrderPartStates(scope, unlisted)
  const loaded = new Map<string, LoadedOrderPart[]>()
  const load = async (keys: PartStateKey[]) => {
    const missing = [...new Set(keys.map((k) => k.order_id))].filter((id) => !loaded.has(id))
    if (!missing.length) return
    const parts = await loadOrderParts(scope, missing)
    for (const id of missing) loaded.set(id, parts.get(id) ?? [])
  }
  const partOf = (key: PartStateKey) => loaded.get(key.order_id)?.find((p) => p.lapas.id === key.lapas_id)
  const disagrees = (key: PartStateKey) => partOf(key)?.state !== key.state

  let read = await pageOrderPartStates(scope, filter, page)
  await load(read.keys)
  const stale = read.keys.filter(disagrees)
  if (stale.length) {
    await writeOrderPartStates(
      scope,
      stale.map((k) => k.order_id),
      loaded
    )
    read = await pageOrderPartStates(scope, filter, page)
    await load(read.keys)
  }

  const counts = Object.fromEntries(ACTION_STATES.map((s) => [s, 0])) as Record<ActionState, number>
  const tabCounts = Object.fromEntries(ORDER_TAB_KEYS.map((t) => [t, 0])) as Record<OrderTab, number>
  let count = 0
  for (const [state, n] of read.byState) {
    if ((ACTION_STATES as readonly string[]).includes(state)) counts[state as ActionState] += n
    tabCounts[tabOfState(state)] += n
    if ((!filter.state || state === filter.state) && (!filter.tab || (ORDER_TABS[filter.tab] as readonly PartState[]).includes(state))) {
      count += n
    }
  }
  return {
    parts: read.keys
      .map(partOf)
      .filter((part): part is LoadedOrderPart => !!part)
      .map(publicPart),
    count,
    limit: page.limit,
    offset: page.offset,
    counts,
    tab_counts: tabCounts,
  }
}
