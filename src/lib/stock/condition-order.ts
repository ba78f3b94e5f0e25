/** How bad each condition is, worst first: the stock-health table's default order. */
export const CONDITION_SEVERITY = ["stock_out", "low", "dead", "overstock", "ok"] as const
