/**
 * Every lock key the OMS takes, spelled once. Locks go through Medusa's locking module
 * (Redis in production), so they hold across the server and its workers.
 */
export const lockKeys = {
  /** Routing, re-routing and anything that must not interleave with them for one order. */
  order: (orderId: string) => `oms:route-order:${orderId}`,
  /** Opening, completing and shipping one order's pack session. */
  pack: (orderId: string) => `oms:pack:${orderId}`,
  /** Building waves at one centre. */
  waveBuild: (stockLocationId: string) => `oms:wave:${stockLocationId}`,
  /** Picks, short picks, cancel and release inside one wave. */
  wavePicks: (waveId: string) => `oms:wave-picks:${waveId}`,
  /** Rewriting the returns page's rows of one return, claim or exchange (a database lock in the write's transaction). */
  returnLines: (source: string, sourceId: string) => `oms:return-lines:${source}:${sourceId}`,
  /** One stock-alert run at a time across the server and workers (src/workflows/stock-alerts). */
  stockAlerts: "oms:post-stock-alerts",
  /** Seeding the default return reasons. */
  returnReasons: "oms:return-reasons",
  /** Starting a valuation of stock transfers: one run at a time. */
  transferRun: "oms:transfer-run",
  /** Accepting or dismissing the transfers of one inventory item. */
  stockTransfer: (inventoryItemId: string) => `oms:stock-transfer:${inventoryItemId}`,
  /** Rewriting the stock-health day rows and table rows (the scheduled refresh, a refresh asked for, a saved setting). */
  stockHealth: "oms:refresh-stock-health",
  /** Saving the routing settings: two saves from two admins land one after the other, each with its history row. */
  routingSettings: "oms:routing-settings",
}
