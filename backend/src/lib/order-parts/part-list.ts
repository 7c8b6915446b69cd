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
import {
  ordersAfterNewestRow,
  pageOrderPartStates,
  refreshOrderPartStates,
  repairOrderPartStates,
  settleRefreshes,
  type PartStateFilter,
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
 * tab of every part matching the search. Paged and counted in two SQL statements over the state
 * rows (part-states.ts), which hold each part as the part screens show it (loadOrderParts'
 * publicPart), written with its state by the one refresh; no order is loaded per request.
 *
 * Before it reads, the list waits for the refreshes this process is running (an action's events
 * are handled in the same process: the member sees the part moved at once) and refreshes the
 * orders numbered after the newest row (placed while their order.placed is still being handled
 * elsewhere). A row whose state column and stored part disagree (written by hand) is rewritten
 * and the page read again.
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

  let read = await pageOrderPartStates(scope, filter, page)
  const torn = read.keys.filter((key) => key.part?.state !== key.state || key.part?.lapas?.id !== key.lapas_id)
  if (torn.length) {
    await refreshOrderPartStates(
      scope,
      torn.map((k) => k.order_id)
    )
    read = await pageOrderPartStates(scope, filter, page)
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
    parts: read.keys.map((key) => key.part),
    count,
    limit: page.limit,
    offset: page.offset,
    counts,
    tab_counts: tabCounts,
  }
}
