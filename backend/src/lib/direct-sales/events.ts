/** Emitted once when a new direct sale is recorded (never on a replay of its client_id): `{ id }` of the sale. */
export const DIRECT_SALE_RECORDED_EVENT = "direct_sale.recorded"
