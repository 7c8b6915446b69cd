// SQL the suite reads itself: whether the ledger is still moving, and the stock check (no unit sold
// twice: never more reserved than stocked, the levels' counters equal to their reservations). The
// money checks are the backend's ledger audit (src/lib/audit), run by finish.ts.

/** Changes whenever a booking, a reversal, a premi allocation or a notification is written. */
export async function ledgerFingerprint(postgres, database) {
  const [row] = await postgres.query(
    database,
    `SELECT (SELECT count(*) FROM share_ledger_entry) AS ledger,
            (SELECT count(*) FROM notification) AS notifications,
            (SELECT count(*) FROM notification WHERE status = 'pending') AS pending`
  )
  return `${row.ledger}|${row.notifications}|${row.pending}`
}

/** Every inventory level: reserved ≤ stocked, and reserved = the sum of its live reservations. */
export async function stockChecks(postgres, database) {
  const rows = await postgres.query(
    database,
    `SELECT l.inventory_item_id, l.location_id, l.stocked_quantity::numeric AS stocked, l.reserved_quantity::numeric AS reserved,
            COALESCE((SELECT sum(r.quantity) FROM reservation_item r
                       WHERE r.inventory_item_id = l.inventory_item_id AND r.location_id = l.location_id AND r.deleted_at IS NULL), 0)::numeric AS reservations
       FROM inventory_level l
      WHERE l.deleted_at IS NULL
        AND (l.reserved_quantity > l.stocked_quantity
             OR l.reserved_quantity <> COALESCE((SELECT sum(r.quantity) FROM reservation_item r
                                                  WHERE r.inventory_item_id = l.inventory_item_id AND r.location_id = l.location_id AND r.deleted_at IS NULL), 0))`
  )
  return rows.map((r) => ({
    check: Number(r.reserved) > Number(r.stocked) ? "reserved_more_than_stocked" : "reserved_counter_differs_from_reservations",
    inventory_item_id: r.inventory_item_id,
    location_id: r.location_id,
    stocked: Number(r.stocked),
    reserved: Number(r.reserved),
    reservations: Number(r.reservations),
  }))
}
