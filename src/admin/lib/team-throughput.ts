/** One person's picking and packing rates as GET /admin/oms/kpis gives them (lib/kpi throughput). */
export interface PersonThroughput {
  person: string
  hours: number
  shipments: number
  lines: number
  units: number
  shipments_per_hour: number
  lines_per_hour: number
  units_per_hour: number
}

export interface TeamRow {
  person: string
  picking: PersonThroughput | null
  packing: PersonThroughput | null
}

/**
 * The team table's rows: everyone who picked or packed in the period, once, with both of their
 * rates, the busiest (most orders handled) first, then by name so the order is stable.
 */
export function teamRows(picks: readonly PersonThroughput[] = [], packs: readonly PersonThroughput[] = []): TeamRow[] {
  const rows = new Map<string, TeamRow>()
  for (const p of picks) rows.set(p.person, { person: p.person, picking: p, packing: null })
  for (const p of packs) rows.set(p.person, { person: p.person, picking: rows.get(p.person)?.picking ?? null, packing: p })
  const work = (r: TeamRow) => (r.picking?.shipments ?? 0) + (r.packing?.shipments ?? 0)
  return [...rows.values()].sort((a, b) => work(b) - work(a) || (a.person < b.person ? -1 : a.person > b.person ? 1 : 0))
}
