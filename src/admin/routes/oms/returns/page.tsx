import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowUturnLeft } from "@medusajs/icons"
import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { Section } from "../../../components/common/section"
import { CentreFilter, FilterSelect, PeriodFilter } from "../../../components/dashboard/dashboard-filters"
import { CauseBars } from "../../../components/returns/cause-bars"
import { CauseMatrix } from "../../../components/returns/cause-matrix"
import { ExportButton } from "../../../components/returns/export-button"
import { ReturnRates } from "../../../components/returns/return-rates"
import { ReturnLinesTable } from "../../../components/returns/return-lines-table"
import { SeedReasonsButton } from "../../../components/returns/seed-reasons-button"
import { errorMessage } from "../../../lib/errors"
import { useOmsTranslation } from "../../../lib/i18n"
import { formatCount } from "../../../lib/kpi-format"
import { ROOT_CAUSE_LABELS, ROOT_CAUSES, type RootCause } from "../../../lib/kpi-types"
import { asDateInputs, customPeriod, formatPeriod, presetPeriod } from "../../../lib/periods"
import { useCenters } from "../../../lib/use-centers"
import { useReturnLines } from "../../../lib/use-returns"
import { useUrlParams } from "../../../lib/use-url-state"

const PRESETS = [30, 90, 365]
const DEFAULT_RANGE = "90"
const PAGE_SIZE = 20
const PARAMS = ["range", "from", "to", "centre", "cause", "page"] as const
// "all time" for the return rates, which always need a first day
const ALL_TIME = { from: "2000-01-01T00:00:00.000Z", to: presetPeriod(1).to }

const ReturnsAnalysisPage = () => {
  const { t, locale, contentLocale } = useOmsTranslation()
  const [params, setParams] = useUrlParams(PARAMS)
  const range = params.range && (["custom", "all"].includes(params.range) || PRESETS.includes(Number(params.range))) ? params.range : DEFAULT_RANGE
  const custom = range === "custom" ? customPeriod(params.from, params.to) : null
  const period = useMemo(
    () => (range === "all" ? null : custom ?? presetPeriod(range === "custom" ? Number(DEFAULT_RANGE) : Number(range))),
    [range, custom?.from, custom?.to]
  )
  const cause = ROOT_CAUSES.includes(params.cause as RootCause) ? (params.cause as RootCause) : null
  const pageIndex = Math.max(0, Number(params.page) - 1 || 0)
  const returns = useReturnLines({
    from: period?.from,
    to: period?.to,
    stock_location_id: params.centre,
    cause,
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
  })
  const { data: centers } = useCenters()
  const names = new Map((centers ?? []).map((c) => [c.stock_location_id, c.name]))
  const centreName = (id: string | null) => (id ? names.get(id) ?? t("returns.otherCentre") : t("returns.noCentre"))
  const data = returns.data
  const totalUnits = (data?.by_cause ?? []).reduce((sum, c) => sum + c.units, 0)
  // a filter change starts again at the first page
  const filter = (change: Partial<Record<(typeof PARAMS)[number], string | null>>) => setParams({ ...change, page: null })

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-start justify-between gap-3 px-6 py-4">
          <div className="flex flex-col">
            <Heading level="h1">{t("returns.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle max-w-[720px]">
              {t("returns.subtitle")}
            </Text>
          </div>
          {/* the empty state has its own, larger button */}
          {data && data.count > 0 && (
            <div className="flex flex-wrap gap-2">
              <ExportButton filters={{ from: period?.from, to: period?.to, stock_location_id: params.centre, cause }} count={data.count} />
              <SeedReasonsButton />
            </div>
          )}
        </div>
        <div className="flex flex-wrap items-end gap-3 px-6 py-4">
          <PeriodFilter
            presets={PRESETS}
            value={{ range, from: params.from, to: params.to }}
            extra={[{ value: "all", label: t("filters.allTime") }]}
            onChange={(change) =>
              filter(change.range === "custom" && !params.from ? { ...change, ...asDateInputs(period ?? presetPeriod(Number(DEFAULT_RANGE))) } : change)
            }
          />
          <CentreFilter value={params.centre} onChange={(centre) => filter({ centre })} />
          <FilterSelect
            id="oms-cause"
            label={t("returns.cause")}
            value={cause}
            onChange={(value) => filter({ cause: value })}
            allLabel={t("filters.allCauses")}
            options={ROOT_CAUSES.map((c) => ({ value: c, label: ROOT_CAUSE_LABELS[c][contentLocale] }))}
          />
        </div>
        <div className="px-6 py-3">
          <Text size="small" className="text-ui-fg-subtle">
            {period ? formatPeriod(period, locale) : t("filters.allTime")}
            {data && data.count > 0 && ` · ${t("returns.summary", { count: totalUnits, units: formatCount(totalUnits, locale), lines: formatCount(data.count, locale) })}`}
          </Text>
        </div>
      </Container>

      {returns.isLoading && (
        <Container className="flex flex-col gap-y-2 px-6 py-4">
          <Skeleton className="h-6 w-full" />
          <Skeleton className="h-6 w-full" />
          <Skeleton className="h-6 w-full" />
        </Container>
      )}
      {returns.isError && (
        <Container className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            {t("returns.errorTitle")}: {errorMessage(returns.error, t("common.tryAgain"))}
          </Text>
        </Container>
      )}

      {data && data.count === 0 && (
        <Container className="flex flex-col items-center gap-y-2 px-6 py-8 text-center">
          <Text weight="plus">{cause || params.centre ? t("returns.emptyFilteredTitle") : t("returns.emptyTitle")}</Text>
          <Text size="small" className="text-ui-fg-subtle max-w-[600px]">
            {t("returns.emptyText")}
          </Text>
          <div className="pt-2">
            <SeedReasonsButton variant="primary" />
          </div>
        </Container>
      )}

      {data && data.count > 0 && (
        <>
          <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
            <Container className="p-0">
              <Section title={t("returns.byCauseTitle")} description={t("returns.byCauseText")}>
                <CauseBars counts={data.by_cause} />
              </Section>
            </Container>
            <Container className="p-0">
              <Section title={t("returns.matrixTitle")} description={t("returns.matrixText")}>
                <CauseMatrix counts={data.by_cause_centre ?? []} centreName={centreName} />
              </Section>
            </Container>
          </div>
          <Container className="divide-y p-0" data-oms-section="return-rates">
            <ReturnRates period={period ?? ALL_TIME} centre={params.centre} cause={cause} centreName={centreName} />
          </Container>
          <Container className="overflow-hidden p-0">
            <Section title={t("returns.linesTitle")} description={t("returns.linesText")} />
            <ReturnLinesTable
              lines={data.return_lines}
              centreName={centreName}
              pagination={{
                count: data.count,
                pageSize: PAGE_SIZE,
                pageIndex,
                onPage: (index) => setParams({ page: index > 0 ? String(index + 1) : null }),
              }}
            />
          </Container>
        </>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "nav.returns",
  translationNs: "medusa-oms",
  icon: ArrowUturnLeft,
  rank: 15,
})

export default ReturnsAnalysisPage
