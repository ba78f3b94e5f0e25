import { ArrowLeft } from "@medusajs/icons"
import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { Section, Stat } from "../../../../components/common/section"
import { CentreSettings } from "../../../../components/stock/centre-settings"
import { CentreStockTable } from "../../../../components/stock/centre-stock-table"
import { ConditionBadge } from "../../../../components/stock/condition-badge"
import { VelocityChart } from "../../../../components/stock/velocity-chart"
import { errorMessage, errorStatus } from "../../../../lib/errors"
import { useOmsTranslation } from "../../../../lib/i18n"
import { daysOfSupplyText, formatEstimate, formatPerDay, formatUnits } from "../../../../lib/stock-text"
import { useStockItem } from "../../../../lib/use-stock-health"
import { useUrlState } from "../../../../lib/use-url-state"
import { useProductNamesBySku } from "../../../../lib/use-variant-names"

/** One SKU at every centre: the table, 90 days of sales at the chosen centre, its reorder point and settings. */
const StockItemPage = () => {
  const { t, locale } = useOmsTranslation()
  const { id } = useParams()
  const [centreParam, setCentre] = useUrlState("centre")
  const item = useStockItem(id ?? null)
  const data = item.data
  const centre = data?.centres.find((c) => c.stock_location_id === centreParam) ?? data?.centres[0] ?? null
  const name = centre?.location_name ?? t("stockHealth.otherCentre")
  const productName = useProductNamesBySku([data?.item.sku ?? null])(data?.item.sku ?? null)

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-1 px-6 py-4">
        <Link to="/oms/stock" className="txt-compact-small text-ui-fg-subtle hover:text-ui-fg-base flex items-center gap-x-1">
          <ArrowLeft />
          {t("stockHealth.back")}
        </Link>
        {item.isLoading && <Skeleton className="h-8 w-1/3" />}
        {item.isError && (
          <Text size="small" className="text-ui-fg-error">
            {errorStatus(item.error) === 404 ? t("stockHealth.item.notFound") : `${t("stockHealth.item.errorTitle")}: ${errorMessage(item.error, t("common.tryAgain"))}`}
          </Text>
        )}
        {data && (
          <>
            <Heading level="h1">{productName ?? data.item.title ?? t("stockHealth.untitled")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {[productName ? data.item.title : null, data.item.sku ? t("stockHealth.item.sku", { sku: data.item.sku }) : t("stockHealth.item.noSku")].filter(Boolean).join(" · ")}
            </Text>
          </>
        )}
      </Container>

      {data && data.centres.length === 0 && (
        <Container className="px-6 py-6">
          <Text size="small" className="text-ui-fg-subtle">
            {t("stockHealth.item.noCentres")}
          </Text>
        </Container>
      )}

      {data && data.centres.length > 0 && centre && (
        <>
          <Container className="overflow-hidden p-0">
            <Section title={t("stockHealth.item.byCentreTitle")} description={t("stockHealth.item.byCentreText")} />
            <CentreStockTable centres={data.centres} selected={centre.stock_location_id} onSelect={setCentre} />
          </Container>

          <Container className="divide-y p-0">
            <Section
              title={t("stockHealth.item.salesTitle", { centre: name })}
              description={t("stockHealth.item.salesText")}
              actions={<ConditionBadge condition={centre.condition} />}
            >
              <div className="grid grid-cols-2 gap-4 sm:grid-cols-3 xl:grid-cols-6">
                <Stat label={t("stockHealth.col.available")} value={formatUnits(centre.available, locale)} />
                <Stat label={t("stockHealth.stat.perDay28")} value={formatPerDay(centre.velocity_28, locale)} />
                <Stat label={t("stockHealth.col.daysOfSupply")} value={daysOfSupplyText(centre.days_of_supply, locale, t)} />
                <Stat
                  label={t("stockHealth.col.reorderPoint")}
                  value={formatUnits(centre.reorder_point, locale, true)}
                  hint={t("stockHealth.stat.safety", { units: formatUnits(centre.safety_stock, locale, true) })}
                />
                <Stat
                  label={t("stockHealth.col.suggestedOrder")}
                  value={centre.suggested_order > 0 ? formatUnits(centre.suggested_order, locale) : "—"}
                  hint={centre.reorder_now ? t("stockHealth.stat.reorderNow") : t("stockHealth.stat.noReorder")}
                />
                <Stat label={t("stockHealth.col.missed")} value={formatEstimate(centre.demand_missed, locale)} />
              </div>
              <VelocityChart daily={centre.daily} />
              <Text size="xsmall" className="text-ui-fg-subtle">
                {centre.reorder_point <= 0
                  ? t("stockHealth.item.noReorderPoint")
                  : t("stockHealth.item.reorderExplained", {
                      point: formatUnits(centre.reorder_point, locale, true),
                      available: formatUnits(centre.available, locale),
                      days: formatCount1(centre.settings.lead_time_days, locale),
                      level: formatCount1(centre.settings.service_level * 100, locale),
                    })}
              </Text>
            </Section>
            <Section title={t("stockHealth.settings.title")} description={t("stockHealth.settings.text")}>
              <CentreSettings centre={centre} inventoryItemId={data.item.id} />
            </Section>
          </Container>
        </>
      )}
    </div>
  )
}

const formatCount1 = (n: number, locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n)

export default StockItemPage
