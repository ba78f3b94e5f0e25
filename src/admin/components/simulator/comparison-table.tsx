import { Table, Text, clx } from "@medusajs/ui"
import { useOmsTranslation } from "../../lib/i18n"
import { formatRate } from "../../lib/kpi-format"
import { countText, kmText, strategyText } from "../../lib/routing-text"
import type { Translate } from "../../lib/translate"
import type { Simulation, SimulationMetrics } from "../../lib/types"
import { SERIES } from "../charts/series"

interface Row {
  /** Key under simulator.metric (label, and hint when the row has one). */
  key: string
  hint?: boolean
  value: (m: SimulationMetrics) => number | null
  format: (m: SimulationMetrics, locale: string, t: Translate) => string
  /** Lower is better → highlight the lowest. */
  compare: boolean
}

const ROWS: Row[] = [
  { key: "orders", value: (m) => m.orders, format: (m, l) => countText(m.orders, l), compare: false },
  {
    key: "meanKm",
    hint: true,
    value: (m) => m.mean_km,
    format: (m, l) => kmText(m.mean_km, l),
    compare: true,
  },
  { key: "p90Km", hint: true, value: (m) => m.p90_km, format: (m, l) => kmText(m.p90_km, l), compare: true },
  {
    key: "split",
    hint: true,
    value: (m) => m.split_rate,
    format: (m, l) => formatRate(m.split_rate, l),
    compare: true,
  },
  {
    key: "unfillable",
    hint: true,
    value: (m) => m.unfillable_lines,
    format: (m, l, t) => t("simulator.metric.unfillableValue", { lines: countText(m.unfillable_lines, l), units: countText(m.unfillable_units, l) }),
    compare: true,
  },
]

/** Metric rows × three columns; the best value of each row is shown in green. */
export const ComparisonTable = ({ simulation }: { simulation: Simulation }) => {
  const { t, locale } = useOmsTranslation()
  const columns = SERIES.map((s) => ({
    ...s,
    label: t(`simulator.series.${s.key}`),
    subtitle: s.key === "simulated" ? strategyText(t, simulation.strategy) : null,
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
              <Table.Row key={row.key}>
                <Table.Cell>
                  <div className="flex flex-col py-1">
                    <Text size="small" weight="plus">
                      {t(`simulator.metric.${row.key}`)}
                    </Text>
                    {row.hint && (
                      <Text size="xsmall" className="text-ui-fg-muted">
                        {t(`simulator.metric.${row.key}Hint`)}
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
                    {row.format(c.metrics, locale, t)}
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
