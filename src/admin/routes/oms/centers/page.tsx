import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MapPin } from "@medusajs/icons"
import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { Section, Stat } from "../../../components/common/section"
import { CentersTable } from "../../../components/centers/centers-table"
import { StockChart } from "../../../components/centers/stock-chart"
import { useCenters } from "../../../lib/use-centers"
import { useOmsTranslation } from "../../../lib/i18n"
import { countText } from "../../../lib/routing-text"

const CentersPage = () => {
  const { t, locale } = useOmsTranslation()
  const { data: centers, isLoading, error } = useCenters()
  const list = [...(centers ?? [])].sort((a, b) => a.priority - b.priority || a.name.localeCompare(b.name))
  const active = list.filter((c) => c.active).length
  const available = list.reduce((sum, c) => sum + c.stock.available, 0)
  const reserved = list.reduce((sum, c) => sum + c.stock.reserved, 0)
  const lowStock = list.reduce((sum, c) => sum + c.stock.low_stock_skus, 0)

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-col px-6 py-4">
          <Heading level="h1">{t("centres.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("centres.subtitle")}
          </Text>
        </div>
        {isLoading && (
          <div className="flex flex-col gap-y-2 px-6 py-4">
            <Skeleton className="h-6 w-full" />
            <Skeleton className="h-6 w-full" />
            <Skeleton className="h-6 w-full" />
          </div>
        )}
        {error && (
          <div className="px-6 py-4">
            <Text size="small" className="text-ui-fg-error">
              {t("centres.loadError")}
            </Text>
          </div>
        )}
        {centers && (
          <div className="grid grid-cols-2 gap-4 px-6 py-4 sm:grid-cols-4">
            <Stat label={t("centres.stats.centres")} value={t("centres.stats.active", { count: active })} hint={t("centres.stats.total", { count: list.length })} />
            <Stat label={t("centres.stats.available")} value={countText(available, locale)} />
            <Stat label={t("centres.stats.reserved")} value={countText(reserved, locale)} />
            <Stat label={t("centres.stats.lowStock")} value={countText(lowStock, locale)} />
          </div>
        )}
      </Container>

      {centers && list.length === 0 && (
        <Container>
          <Text size="small" className="text-ui-fg-subtle">
            {t("centres.empty")}
          </Text>
        </Container>
      )}

      {list.length > 0 && (
        <>
          <Container className="p-0">
            <Section title={t("centres.chart.title")} description={t("centres.chart.description")}>
              <StockChart centers={list} />
            </Section>
          </Container>
          <Container className="overflow-hidden p-0">
            <CentersTable centers={list} />
          </Container>
        </>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "nav.centres",
  translationNs: "medusa-oms",
  icon: MapPin,
  rank: 10,
})

export default CentersPage
