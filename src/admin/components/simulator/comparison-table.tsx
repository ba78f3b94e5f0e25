import { Table, Text, clx } from "@medusajs/ui"
import { formatKm, formatNumber, formatPercent, strategyLabel } from "../../lib/format"
import type { Simulation, SimulationMetrics } from "../../lib/types"
import { SERIES } from "../charts/series"

interface Row {
  label: string
  hint?: string
  value: (m: SimulationMetrics) => number | null
  format: (m: SimulationMetrics) => string
  /** Lower is better → highlight the lowest. */
  compare: boolean
}

const ROWS: Row[] = [
  { label: "Orders", value: (m) => m.orders, format: (m) => formatNumber(m.orders), compare: false },
  {
    label: "Mean distance",
    hint: "farthest parcel per order",
    value: (m) => m.mean_km,
    format: (m) => formatKm(m.mean_km),
    compare: true,
  },
  { label: "P90 distance", value: (m) => m.p90_km, format: (m) => formatKm(m.p90_km), compare: true },
  {
    label: "Split orders",
    hint: "shipped in more than one parcel",
    value: (m) => m.split_rate,
    format: (m) => formatPercent(m.split_rate),
    compare: true,
  },
  {
    label: "Unfillable lines",
    hint: "back-ordered (units)",
    value: (m) => m.unfillable_lines,
    format: (m) => `${formatNumber(m.unfillable_lines)} (${formatNumber(m.unfillable_units)})`,
    compare: true,
  },
]

/** Metric rows × three columns; the best value of each row is shown in green. */
export const ComparisonTable = ({ simulation }: { simulation: Simulation }) => {
  const columns = SERIES.map((s) => ({
    ...s,
    subtitle: s.key === "simulated" ? strategyLabel(simulation.strategy) : null,
    metrics: simulation.results[s.key],
  }))
  return (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell />
            {columns.map((c) => (
              <Table.HeaderCell key={c.key} className="text-right">
                <div className="flex flex-col items-end">
                  <span className="inline-flex items-center gap-x-1.5">
                    <span className={`${c.barClass} size-2.5 rounded-sm`} />
                    {c.label}
                  </span>
                  {c.subtitle && (
                    <Text size="xsmall" className="text-ui-fg-muted font-normal">
                      {c.subtitle}
                    </Text>
                  )}
                </div>
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {ROWS.map((row) => {
            const values = columns.map((c) => row.value(c.metrics))
            const known = values.filter((v): v is number => v != null)
            const best = row.compare && known.length > 1 && new Set(known).size > 1 ? Math.min(...known) : null
            return (
              <Table.Row key={row.label}>
                <Table.Cell>
                  <div className="flex flex-col py-1">
                    <Text size="small" weight="plus">
                      {row.label}
                    </Text>
                    {row.hint && (
                      <Text size="xsmall" className="text-ui-fg-muted">
                        {row.hint}
                      </Text>
                    )}
                  </div>
                </Table.Cell>
                {columns.map((c, i) => (
                  <Table.Cell
                    key={c.key}
                    className={clx(
                      "text-right tabular-nums",
                      best != null && values[i] === best && "text-ui-tag-green-text font-medium"
                    )}
                  >
                    {row.format(c.metrics)}
                  </Table.Cell>
                ))}
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
    </div>
  )
}
