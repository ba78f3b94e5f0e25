import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartActivity } from "@medusajs/icons"
import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { DRILL_KPIS, type DrillKpi } from "../../../../lib/kpi/drill-kpis"
import { Section } from "../../../components/common/section"
import { CustomerFeedback } from "../../../components/dashboard/customer-feedback"
import { AtRiskList } from "../../../components/dashboard/at-risk-list"
import { CentreFilter, ChannelFilter, PeriodFilter, RegionFilter } from "../../../components/dashboard/dashboard-filters"
import { KpiOrdersDrawer } from "../../../components/dashboard/kpi-orders-drawer"
import { KpiTile } from "../../../components/dashboard/kpi-tile"
import { StageChart } from "../../../components/dashboard/stage-chart"
import { TeamThroughput } from "../../../components/dashboard/team-throughput"
import { errorMessage, isPeriodTooLong } from "../../../lib/errors"
import { useOmsTranslation } from "../../../lib/i18n"
import { buildKpiTiles, isEmptyPeriod, stageBreakdown } from "../../../lib/kpi-tiles"
import { asDateInputs, formatPeriod } from "../../../lib/periods"
import { useFormatContext } from "../../../lib/use-format"
import { useKpis } from "../../../lib/use-kpis"
import { useDefaultCurrency } from "../../../lib/use-store-data"
import { useChosenPeriod } from "../../../lib/use-chosen-period"
import { useUrlParams } from "../../../lib/use-url-state"

const PRESETS = [7, 30, 90]
const DEFAULT_DAYS = 30
const PARAMS = ["range", "from", "to", "centre", "channel", "region", "orders"] as const
const isDrillKpi = (key: string | null): key is DrillKpi => (DRILL_KPIS as readonly string[]).includes(key ?? "")

const Notice = ({ title, text, tone = "subtle" }: { title: string; text: string; tone?: "subtle" | "error" }) => (
  <Container className="flex flex-col gap-y-1 px-6 py-8 text-center">
    <Text weight="plus" className={tone === "error" ? "text-ui-fg-error" : "text-ui-fg-base"}>
      {title}
    </Text>
    <Text size="small" className="text-ui-fg-subtle mx-auto max-w-[560px]">
      {text}
    </Text>
  </Container>
)

const FulfilmentDashboardPage = () => {
  const { t, locale } = useOmsTranslation()
  const [params, setParams] = useUrlParams(PARAMS)
  const { range, period, incomplete } = useChosenPeriod(params, PRESETS, DEFAULT_DAYS)
  const filters = { ...period, stock_location_id: params.centre, sales_channel_id: params.channel, region_id: params.region }
  const kpis = useKpis(filters)
  // the tile whose orders are open, kept in the address so it can be shared
  const drilled = isDrillKpi(params.orders) ? params.orders : null
  const format = useFormatContext(useDefaultCurrency())
  const data = kpis.data
  const tiles = useMemo(() => (data ? buildKpiTiles(data.kpis, data.previous) : []), [data])

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-col px-6 py-4">
          <Heading level="h1">{t("dashboard.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("dashboard.subtitle")}
          </Text>
        </div>
        <div className="flex flex-wrap items-end gap-3 px-6 py-4">
          <PeriodFilter
            presets={PRESETS}
            value={{ range, from: params.from, to: params.to }}
            onChange={(change) =>
              // choosing "custom" starts from the period on screen, so the range is complete at once
              setParams(change.range === "custom" && !params.from ? { ...change, ...asDateInputs(period) } : change)
            }
          />
          <CentreFilter value={params.centre} onChange={(centre) => setParams({ centre })} />
          <ChannelFilter value={params.channel} onChange={(channel) => setParams({ channel })} />
          <RegionFilter value={params.region} onChange={(region) => setParams({ region })} />
        </div>
        <div className="px-6 py-3">
          <Text size="small" className="text-ui-fg-subtle">
            {data
              ? t("dashboard.comparing", { period: formatPeriod(data.period, locale), previous: formatPeriod(data.previous_period, locale) })
              : formatPeriod(period, locale)}
            {incomplete && ` · ${t("filters.customIncomplete")}`}
          </Text>
        </div>
      </Container>

      {kpis.isLoading && (
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
          {Array.from({ length: 8 }, (_, i) => (
            <Skeleton key={i} className="h-[132px] w-full rounded-lg" />
          ))}
        </div>
      )}

      {kpis.isError && isPeriodTooLong(kpis.error) && (
        <Notice title={t("dashboard.tooLongTitle")} text={t("dashboard.tooLongText")} />
      )}
      {kpis.isError && !isPeriodTooLong(kpis.error) && (
        <Notice tone="error" title={t("dashboard.errorTitle")} text={errorMessage(kpis.error, t("common.tryAgain"))} />
      )}

      {!kpis.isError && data && <AtRiskList atRisk={data.at_risk} format={format} />}

      {!kpis.isError && data && isEmptyPeriod(data.kpis) && (
        <Notice title={t("dashboard.emptyTitle")} text={t("dashboard.emptyText")} />
      )}

      {!kpis.isError && data && !isEmptyPeriod(data.kpis) && (
        <>
          <div className={`grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4 ${kpis.isFetching ? "opacity-60" : ""}`}>
            {tiles.map((tile) => (
              <KpiTile key={tile.key} tile={tile} format={format} onOpen={isDrillKpi(tile.key) ? () => setParams({ orders: tile.key }) : undefined} />
            ))}
          </div>
          <Container className="p-0">
            <Section title={t("dashboard.stagesTitle")} description={t("dashboard.stagesText")}>
              <StageChart bars={stageBreakdown(data.kpis.stage_times)} format={format} />
            </Section>
          </Container>
          <Container className="p-0">
            <Section title={t("dashboard.teamTitle")} description={t("dashboard.teamText")}>
              <TeamThroughput picks={data.kpis.picks_per_hour} packs={data.kpis.packs_per_hour} />
            </Section>
          </Container>
          <CustomerFeedback filters={filters} />
        </>
      )}

      {drilled && <KpiOrdersDrawer kpi={drilled} label={t(`kpi.${drilled}.label`)} filters={filters} onClose={() => setParams({ orders: null })} />}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "nav.dashboard",
  translationNs: "medusa-oms",
  icon: ChartActivity,
  rank: 9,
})

export default FulfilmentDashboardPage
