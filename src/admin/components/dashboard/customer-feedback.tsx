import { StarSolid } from "@medusajs/icons"
import { Container, Skeleton, Text } from "@medusajs/ui"
import { useOmsTranslation } from "../../lib/i18n"
import { formatCount, formatDecimal, formatRate } from "../../lib/kpi-format"
import type { FeedbackResponse } from "../../lib/kpi-types"
import { useCenters } from "../../lib/use-centers"
import { useFeedbackReport } from "../../lib/use-feedback"
import type { KpiFilters } from "../../lib/use-kpis"
import { useRegions } from "../../lib/use-store-data"
import { CompactTable, type CompactColumn } from "../common/compact-table"
import { InfoTip } from "../common/info-tip"
import { Section, Stat } from "../common/section"

type Csat = FeedbackResponse["csat"]
type Repeat = FeedbackResponse["repeat_purchase"]["overall"]

/** Names of centres and regions as the merchant set them. */
function useNames() {
  const { t } = useOmsTranslation()
  const { data: centers } = useCenters()
  const { data: regions } = useRegions()
  const centres = new Map((centers ?? []).map((c) => [c.stock_location_id, c.name]))
  const regionNames = new Map((regions ?? []).map((r) => [r.id, r.name]))
  return {
    /** A rating without a centre is one from the account for an order sent from several. */
    centre: (id: string | null) => (id ? centres.get(id) ?? t("returns.otherCentre") : t("feedback.severalCentres")),
    /** A first order without a centre is one nobody could send yet (back-ordered). */
    firstCentre: (id: string | null) => (id ? centres.get(id) ?? t("returns.otherCentre") : t("returns.noCentre")),
    region: (id: string | null) => (id ? regionNames.get(id) ?? t("feedback.otherRegion") : t("feedback.noRegion")),
  }
}

const Stars = ({ rating, label }: { rating: number; label: string }) => (
  <span className="inline-flex items-center" role="img" aria-label={label}>
    {[1, 2, 3, 4, 5].map((n) => (
      <StarSolid key={n} className={n <= rating ? "text-ui-tag-orange-icon" : "text-ui-fg-disabled"} />
    ))}
  </span>
)

/**
 * The dashboard's "Customer feedback": satisfaction by centre, carrier and region, how many
 * first-time customers of the period came back, and the latest ratings in the customers' words.
 */
export const CustomerFeedback = ({ filters }: { filters: KpiFilters }) => {
  const { t, locale } = useOmsTranslation()
  const report = useFeedbackReport(filters)
  const names = useNames()
  const data = report.data
  const date = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric" })

  const csatColumns = <Row extends { csat: Csat }>(header: string, name: (row: Row) => string): CompactColumn<Row>[] => [
    { header, cell: name },
    { header: t("feedback.col.ratings"), numeric: true, cell: (r) => formatCount(r.csat.satisfied.denominator, locale) },
    { header: t("feedback.col.satisfied"), numeric: true, cell: (r) => formatRate(r.csat.satisfied.rate, locale) },
    { header: t("feedback.col.average"), numeric: true, cell: (r) => formatDecimal(r.csat.average, locale, 1) },
  ]
  const repeatColumns = <Row extends Repeat>(header: string, name: (row: Row) => string): CompactColumn<Row>[] => [
    { header, cell: name },
    { header: t("feedback.col.customers"), numeric: true, cell: (r) => formatCount(r.customers, locale) },
    { header: t("feedback.col.cameBack"), numeric: true, cell: (r) => formatCount(r.repeated, locale) },
    { header: t("feedback.col.repeatRate"), numeric: true, cell: (r) => formatRate(r.rate, locale) },
    { header: t("feedback.col.stillOpen"), numeric: true, cell: (r) => formatCount(r.still_open, locale) },
  ]

  return (
    <Container className="divide-y p-0" data-oms-section="customer-feedback">
      <Section title={t("feedback.title")} description={t("feedback.subtitle")} />
      {report.isLoading && (
        <div className="px-6 py-4">
          <Skeleton className="h-24 w-full" />
        </div>
      )}
      {report.isError && (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            {t("feedback.error")}
          </Text>
        </div>
      )}
      {data && (
        <div className={report.isFetching ? "opacity-60" : undefined}>
          <div className="grid grid-cols-1 gap-4 px-6 py-4 sm:grid-cols-3">
            <Stat
              label={t("feedback.csat")}
              value={formatRate(data.csat.satisfied.rate, locale)}
              hint={
                data.csat.satisfied.denominator
                  ? t("feedback.csatBasis", { count: data.csat.satisfied.denominator, n: formatCount(data.csat.satisfied.denominator, locale), average: formatDecimal(data.csat.average, locale, 1) })
                  : t("feedback.noRatings")
              }
            />
            <div className="flex items-start gap-x-1">
              <Stat
                label={t("feedback.repeat", { days: data.repeat_purchase.window_days })}
                value={formatRate(data.repeat_purchase.overall.rate, locale)}
                hint={
                  data.repeat_purchase.overall.customers
                    ? t("feedback.repeatBasis", {
                        count: data.repeat_purchase.overall.customers,
                        n: formatCount(data.repeat_purchase.overall.repeated, locale),
                        total: formatCount(data.repeat_purchase.overall.customers, locale),
                      })
                    : t("feedback.noCustomers")
                }
              />
              <InfoTip text={t("feedback.repeatHelp", { days: data.repeat_purchase.window_days })} label={t("dashboard.whatIsThis", { label: t("feedback.repeat", { days: data.repeat_purchase.window_days }) })} />
            </div>
            <Stat
              label={t("feedback.stillOpen")}
              value={formatCount(data.repeat_purchase.overall.still_open, locale)}
              hint={t("feedback.stillOpenText", { days: data.repeat_purchase.window_days })}
            />
          </div>
          <div className="grid grid-cols-1 gap-x-8 gap-y-4 px-6 py-4 xl:grid-cols-3">
            <CompactTable title={t("feedback.byCentre")} columns={csatColumns<FeedbackResponse["by_centre"][number]>(t("feedback.col.centre"), (r) => names.centre(r.stock_location_id))} rows={data.by_centre} rowKey={(r) => String(r.stock_location_id)} empty={t("feedback.noRatings")} />
            <CompactTable title={t("feedback.byCarrier")} columns={csatColumns<FeedbackResponse["by_carrier"][number]>(t("feedback.col.carrier"), (r) => r.name ?? t("feedback.unknownCarrier"))} rows={data.by_carrier} rowKey={(r) => String(r.shipping_option_id)} empty={t("feedback.noRatings")} />
            <CompactTable title={t("feedback.byRegion")} columns={csatColumns<FeedbackResponse["by_region"][number]>(t("feedback.col.region"), (r) => names.region(r.region_id))} rows={data.by_region} rowKey={(r) => String(r.region_id)} empty={t("feedback.noRatings")} />
          </div>
          <div className="grid grid-cols-1 gap-x-8 gap-y-4 px-6 py-4 xl:grid-cols-2">
            <CompactTable title={t("feedback.repeatByCentre")} columns={repeatColumns<FeedbackResponse["repeat_purchase"]["by_centre"][number]>(t("feedback.col.centre"), (r) => names.firstCentre(r.stock_location_id))} rows={data.repeat_purchase.by_centre} rowKey={(r) => String(r.stock_location_id)} empty={t("feedback.noCustomers")} />
            <CompactTable title={t("feedback.repeatByRegion")} columns={repeatColumns<FeedbackResponse["repeat_purchase"]["by_region"][number]>(t("feedback.col.region"), (r) => names.region(r.region_id))} rows={data.repeat_purchase.by_region} rowKey={(r) => String(r.region_id)} empty={t("feedback.noCustomers")} />
          </div>
          <div className="flex flex-col gap-y-2 px-6 py-4">
            <Text size="small" weight="plus">
              {t("feedback.latest")}
            </Text>
            {data.comments.length === 0 && (
              <Text size="small" className="text-ui-fg-muted">
                {t("feedback.noComments")}
              </Text>
            )}
            <ul className="flex flex-col divide-y">
              {data.comments.map((c) => (
                <li key={c.id} className="flex flex-col gap-y-0.5 py-2">
                  <div className="flex flex-wrap items-center gap-x-2">
                    <Stars rating={c.rating} label={t("feedback.stars", { rating: c.rating })} />
                    <Text size="small" className="whitespace-normal italic">
                      “{c.comment}”
                    </Text>
                  </div>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {[
                      c.order_display_id != null ? t("feedback.order", { number: c.order_display_id }) : null,
                      c.stock_location_id ? names.centre(c.stock_location_id) : null,
                      date.format(new Date(c.created_at)),
                      c.source === "account" ? t("feedback.fromAccount") : t("feedback.fromEmail"),
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </Text>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </Container>
  )
}
