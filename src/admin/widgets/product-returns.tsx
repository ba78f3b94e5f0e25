import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { CardStatus } from "../components/common/card-status"
import { LabelledBlock } from "../components/common/labelled-block"
import { CustomerWords } from "../components/product/customer-words"
import { ProductReturnCauses } from "../components/product/product-return-causes"
import { useOmsTranslation } from "../lib/i18n"
import { formatCount, formatRate } from "../lib/kpi-format"
import { useProductReturns } from "../lib/use-product-returns"

/** Beside Medusa's product page: how often the product comes back, why, and what customers wrote. */
const ProductReturnsWidget = ({ data: product }: DetailWidgetProps<HttpTypes.AdminProduct>) => {
  const { t, locale } = useOmsTranslation()
  const { data, isLoading, error } = useProductReturns(product.id)
  const shipped = data?.rate.denominator ?? 0
  const returned = data?.rate.numerator ?? 0

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("productReturns.title")}</Heading>
        <Link to="/oms/returns" className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
          {t("productReturns.seeAll")}
        </Link>
      </div>
      <CardStatus isLoading={isLoading} error={error} errorTitle={t("productReturns.errorTitle")} />
      {data && shipped === 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("productReturns.noShipped", { days: data.days })}
        </Text>
      )}
      {data && shipped > 0 && (
        <div className="flex flex-col gap-y-0.5 px-6 py-4">
          <div className="flex flex-wrap items-baseline gap-x-2">
            <span className="text-ui-fg-base text-2xl font-medium tabular-nums leading-tight">{formatRate(data.rate.rate, locale)}</span>
            <Text size="small" className="text-ui-fg-subtle">
              {t("productReturns.rateText", { days: data.days })}
            </Text>
          </div>
          <Text size="xsmall" className="text-ui-fg-muted tabular-nums">
            {returned > 0
              ? t("productReturns.basis", { count: shipped, returned: formatCount(returned, locale), n: formatCount(shipped, locale) })
              : t("productReturns.noReturns", { count: shipped, n: formatCount(shipped, locale), days: data.days })}
          </Text>
        </div>
      )}
      {data && data.top_causes.length > 0 && (
        <LabelledBlock label={t("productReturns.causesTitle")}>
          <ProductReturnCauses causes={data.top_causes} />
        </LabelledBlock>
      )}
      {data && data.words.length > 0 && (
        <LabelledBlock label={t("productReturns.wordsTitle")}>
          <CustomerWords words={data.words} />
        </LabelledBlock>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductReturnsWidget
