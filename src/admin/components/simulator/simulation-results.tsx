import { Container, Text } from "@medusajs/ui"
import { InformationCircle } from "@medusajs/icons"
import { formatKm, formatNumber, strategyLabel } from "../../lib/format"
import type { Simulation } from "../../lib/types"
import { Section } from "../common/section"
import { BarList } from "../charts/bar-list"
import { GroupedBars } from "../charts/grouped-bars"
import { SERIES } from "../charts/series"
import { ComparisonTable } from "./comparison-table"
import { SampleTable } from "./sample-table"

export const SimulationResults = ({
  simulation,
  nameOf,
}: {
  simulation: Simulation
  nameOf: (id: string) => string
}) => {
  const { results } = simulation
  const columns = SERIES
  const centerIds = [
    ...new Set([
      ...simulation.centers,
      ...SERIES.flatMap((s) => Object.keys(results[s.key].load ?? {})),
    ]),
  ]
  const groups = centerIds
    .map((id) => ({
      label: nameOf(id),
      values: SERIES.map((s) => results[s.key].load?.[id] ?? 0),
    }))
    .filter((g) => g.values.some((v) => v > 0))
    .sort((a, b) => b.values[0] - a.values[0] || a.label.localeCompare(b.label))

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <Section
          title="Comparison"
          description={`${formatNumber(simulation.orders)} most recent orders · at most ${simulation.max_shipments} ${
            simulation.max_shipments === 1 ? "shipment" : "shipments"
          } per order · ${formatNumber(simulation.changed_orders)} orders would ship differently than they did`}
        >
          <ComparisonTable simulation={simulation} />
          <div className="bg-ui-bg-subtle flex items-start gap-x-2 rounded-lg px-4 py-3">
            <InformationCircle className="text-ui-fg-muted mt-0.5 shrink-0" />
            <Text size="small" className="text-ui-fg-subtle">
              Stock model: {simulation.stock_model}. “What happened” uses each order's recorded routing decision (
              {formatNumber(results.actual.orders)} of {formatNumber(simulation.orders)} orders have one).
            </Text>
          </div>
        </Section>
      </Container>

      <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
        <Container className="p-0">
          <Section
            title="Mean distance"
            description={`Farthest parcel per order, averaged · simulated = ${strategyLabel(simulation.strategy)}`}
          >
            <BarList
              ariaLabel="Mean distance per column"
              bars={columns.map((c) => ({
                label: c.label,
                value: results[c.key].mean_km,
                display: formatKm(results[c.key].mean_km),
                barClass: c.barClass,
              }))}
            />
          </Section>
        </Container>
        <Container className="p-0">
          <Section title="Load per centre" description="Orders shipping at least one parcel from each centre">
            {groups.length ? (
              <GroupedBars groups={groups} series={columns} ariaLabel="Orders per centre for each column" />
            ) : (
              <Text size="small" className="text-ui-fg-subtle">
                No order ships from any centre.
              </Text>
            )}
          </Section>
        </Container>
      </div>

      <Container className="p-0">
        <Section
          title="Sample orders"
          description={`The ${simulation.samples.length} most recent replayed orders`}
        >
          {simulation.samples.length ? (
            <SampleTable samples={simulation.samples} nameOf={nameOf} />
          ) : (
            <Text size="small" className="text-ui-fg-subtle">
              No orders to show.
            </Text>
          )}
        </Section>
      </Container>
    </div>
  )
}

export const SimulationLoading = ({ orders }: { orders: number }) => (
  <Container className="flex flex-col items-center gap-y-3 py-12">
    <div className="border-ui-border-base border-t-ui-fg-interactive size-8 animate-spin rounded-full border-2" />
    <Text size="small" className="text-ui-fg-subtle">
      Replaying {formatNumber(orders)} orders against today's stock…
    </Text>
  </Container>
)

