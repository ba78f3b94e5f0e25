import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { Section } from "../components/common/section"
import { CenterProfileForm } from "../components/centers/center-profile-form"
import { StockSummaryView } from "../components/centers/stock-summary"
import { useCenter } from "../lib/use-centers"
import { useOmsTranslation } from "../lib/i18n"

/** "Fulfilment centre profile" on the stock location page: routing settings + stock at a glance. */
const LocationProfileWidget = ({ data }: DetailWidgetProps<HttpTypes.AdminStockLocation>) => {
  const { t } = useOmsTranslation()
  const { data: center, isLoading, error } = useCenter(data.id)

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div className="flex flex-col">
          <Heading level="h2">{t("centres.profile.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("centres.profile.subtitle")}
          </Text>
        </div>
        {center && (
          <div className="flex items-center gap-2">
            {!center.has_profile && <Badge size="2xsmall">{t("centres.profile.defaults")}</Badge>}
            <Badge size="2xsmall" color={center.active ? "green" : "grey"}>
              {center.active ? t("centres.active") : t("centres.inactive")}
            </Badge>
          </div>
        )}
      </div>

      {isLoading && (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-8 w-full" />
        </div>
      )}
      {error && (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            {t("centres.profile.loadError")}
          </Text>
        </div>
      )}

      {center && (
        <>
          <Section title={t("centres.profile.stock")} description={t("centres.profile.stockHint")}>
            <StockSummaryView stock={center.stock} />
          </Section>
          <Section title={t("centres.profile.settings")}>
            <CenterProfileForm center={center} />
          </Section>
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "location.details.after",
})

export default LocationProfileWidget
