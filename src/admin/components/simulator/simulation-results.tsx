import { Container, Text } from "@medusajs/ui"
import { InformationCircle } from "@medusajs/icons"
import { useOmsTranslation } from "../../lib/i18n"
import { countText, kmText, strategyText } from "../../lib/routing-text"
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
  const { t, locale } = useOmsTranslation()
  const { results } = simulation
  const columns = SERIES.map((s) => ({ ...s, label: t(`simulator.series.${s.key}`) }))
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
          title={t("simulator.comparison")}
          description={[
            t("simulator.recentOrders", { count: simulation.orders, orders: countText(simulation.orders, locale) }),
            t("simulator.atMost", { count: simulation.max_shipments }),
            t("simulator.changedOrders", { count: simulation.changed_orders, orders: countText(simulation.changed_orders, locale) }),
          ].join(" · ")}
        >
          <ComparisonTable simulation={simulation} />
          <div className="bg-ui-bg-subtle flex items-start gap-x-2 rounded-lg px-4 py-3">
            <InformationCircle className="text-ui-fg-muted mt-0.5 shrink-0" />
            <Text size="small" className="text-ui-fg-subtle">
              {t("simulator.stockModel", { recorded: countText(results.actual.orders, locale), orders: countText(simulation.orders, locale) })}
            </Text>
          </div>
        </Section>
      </Container>

      <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
        <Container className="p-0">
          <Section
            title={t("simulator.metric.meanKm")}
            description={t("simulator.meanDescription", { strategy: strategyText(t, simulation.strategy) })}
          >
            <BarList
              ariaLabel={t("simulator.meanAria")}
              bars={columns.map((c) => ({
                label: c.label,
                value: results[c.key].mean_km,
                display: kmText(results[c.key].mean_km, locale),
                barClass: c.barClass,
              }))}
            />
          </Section>
        </Container>
        <Container className="p-0">
          <Section title={t("simulator.load")} description={t("simulator.loadDescription")}>
            {groups.length ? (
              <GroupedBars groups={groups} series={columns} ariaLabel={t("simulator.loadAria")} />
            ) : (
              <Text size="small" className="text-ui-fg-subtle">
                {t("simulator.noLoad")}
              </Text>
            )}
          </Section>
        </Container>
      </div>

      <Container className="p-0">
        <Section
          title={t("simulator.samples")}
          description={t("simulator.samplesDescription", { count: simulation.samples.length })}
        >
          {simulation.samples.length ? (
            <SampleTable samples={simulation.samples} nameOf={nameOf} />
          ) : (
            <Text size="small" className="text-ui-fg-subtle">
              {t("simulator.noSamples")}
            </Text>
          )}
        </Section>
      </Container>
    </div>
  )
}

export const SimulationLoading = ({ orders }: { orders: number }) => {
  const { t, locale } = useOmsTranslation()
  return (
  <Container className="flex flex-col items-center gap-y-3 py-12">
    <div className="border-ui-border-base border-t-ui-fg-interactive size-8 animate-spin rounded-full border-2" />
    <Text size="small" className="text-ui-fg-subtle">
      {t("simulator.replaying", { count: orders, orders: countText(orders, locale) })}
    </Text>
  </Container>
  )
}

