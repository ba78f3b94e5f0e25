export const ALERT_KINDS = ["low_stock", "stock_out", "overstock", "invariant_break"] as const
export type AlertKind = (typeof ALERT_KINDS)[number]

/** A condition found now at one centre for one inventory item. */
export interface StockProblem {
  kind: AlertKind
  stock_location_id: string
  inventory_item_id: string
}

/** The key an alert is posted and remembered under: one per SKU × centre × condition. */
export const alertKey = (p: StockProblem) => `oms-stock:${p.kind}:${p.stock_location_id}:${p.inventory_item_id}`

export interface AlertPlan {
  /** Problems to announce one by one (new since the last run). */
  post: StockProblem[]
  /** New problems of one kind at one centre beyond `maxSingle`, announced as one message each group. */
  grouped: { kind: AlertKind; stock_location_id: string; problems: StockProblem[] }[]
  /** Keys of alerts whose condition has cleared: forgotten, so a relapse is announced again. */
  cleared: string[]
}

/**
 * What the alert job does this run, from the problems found now and the keys of the alerts
 * still open: announce each new problem once (never again while it lasts), forget the ones
 * that cleared, and, when one centre has more than `maxSingle` new problems of a kind, announce
 * them as one grouped message instead of a flood. Kinds the merchant turned off are neither
 * announced nor kept.
 */
export function planAlerts(found: readonly StockProblem[], openKeys: ReadonlySet<string>, enabled: ReadonlySet<AlertKind>, maxSingle = 10): AlertPlan {
  const current = new Map<string, StockProblem>()
  for (const p of found) if (enabled.has(p.kind)) current.set(alertKey(p), p)
  const fresh = [...current.entries()].filter(([key]) => !openKeys.has(key)).map(([, p]) => p)
  const groups = new Map<string, StockProblem[]>()
  for (const p of fresh) {
    const g = `${p.kind}\u0000${p.stock_location_id}`
    const group = groups.get(g) ?? []
    group.push(p)
    groups.set(g, group)
  }
  const plan: AlertPlan = { post: [], grouped: [], cleared: [...openKeys].filter((key) => !current.has(key)).sort() }
  for (const problems of groups.values()) {
    if (problems.length > maxSingle) plan.grouped.push({ kind: problems[0].kind, stock_location_id: problems[0].stock_location_id, problems })
    else plan.post.push(...problems)
  }
  return plan
}
