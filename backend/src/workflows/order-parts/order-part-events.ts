/** Events about one lapas's part of an order, beside Medusa's own order events. */

/**
 * A lapas confirmed its part's bank transfer: `{ order_id, lapas_id, confirmation_id, fully_paid }`;
 * `fully_paid` when every part of the order is confirmed now (the buyer is told then).
 */
export const TRANSFER_CONFIRMED_EVENT = "order-part.transfer-confirmed"

/**
 * A lapas has a pickup part ready at the gate: `{ order_id, lapas_id, fulfillment_id }`.
 * Courier parts announce themselves with Medusa's shipment.created when shipped.
 */
export const READY_FOR_PICKUP_EVENT = "order-part.ready-for-pickup"
