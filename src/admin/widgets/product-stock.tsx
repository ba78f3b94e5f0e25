import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { Fragment } from "react"
import { Link } from "react-router-dom"
import { CardStatus } from "../components/common/card-status"
import { ConditionBadge } from "../components/stock/condition-badge"
import { useOmsTranslation } from "../lib/i18n"
import { formatRate } from "../lib/kpi-format"
import { daysOfSupplyText, formatUnits } from "../lib/stock-text"
import { useProductReturns } from "../lib/use-product-returns"
import { useProductStock } from "../lib/use-product-stock"

/** On Medusa's product page: each variant's stock at every centre, how long it lasts, when to reorder, and how often the product comes back. */
const ProductStockWidget = ({ data: product }: DetailWidgetProps<HttpTypes.AdminProduct>) => {
  const { t, locale } = useOmsTranslation()
  const { data, isLoading, error } = useProductStock(product.id)
  // the same request as the returns card beside it (one fetch, cached)
  const returns = useProductReturns(product.id)
  const rate = returns.data?.rate
  const variants = data?.variants ?? []
  const stocked = variants.filter((v) => v.centres.length > 0)

  return (
    <Container className="divide-y p-0" data-product-stock>
      <div className="flex flex-wrap items-start justify-between gap-2 px-6 py-4">
        <div className="flex flex-col">
          <Heading level="h2">{t("productStock.title")}</Heading>
          {rate && rate.denominator > 0 && (
            <Text size="small" className="text-ui-fg-subtle">
              {t("productStock.returnRate", { rate: formatRate(rate.rate, locale), days: returns.data?.days })}
            </Text>
          )}
        </div>
        <Link to="/oms/stock" className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
          {t("productStock.seeAll")}
        </Link>
      </div>
      <CardStatus isLoading={isLoading} error={error} errorTitle={t("productStock.errorTitle")} />
      {data && stocked.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {data.refreshed_at || variants.length === 0 ? t("productStock.notStocked") : t("productStock.notWorkedOut")}
        </Text>
      )}
      {stocked.length > 0 && (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("productStock.col.variant")}</Table.HeaderCell>
                <Table.HeaderCell>{t("stockHealth.col.centre")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("stockHealth.col.available")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("stockHealth.col.daysOfSupply")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("stockHealth.col.reorderPoint")}</Table.HeaderCell>
                <Table.HeaderCell>{t("stockHealth.col.condition")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {stocked.map((v) => (
                <Fragment key={`${v.variant_id}:${v.inventory_item_id}`}>
                  {v.centres.map((c, i) => (
                    <Table.Row key={c.stock_location_id} className={i > 0 ? "[&_td]:py-1.5 border-t-0" : "[&_td]:py-1.5"}>
                      <Table.Cell className="min-w-[140px]">
                        {i === 0 && (
                          <Link to={`/oms/stock/${v.inventory_item_id}`} className="flex flex-col hover:underline">
                            <Text size="small" weight="plus">
                              {v.title ?? t("stockHealth.untitled")}
                            </Text>
                            {v.sku && (
                              <Text size="xsmall" className="text-ui-fg-subtle">
                                {v.sku}
                              </Text>
                            )}
                          </Link>
                        )}
                      </Table.Cell>
                      <Table.Cell className="whitespace-nowrap">{c.location_name ?? t("stockHealth.otherCentre")}</Table.Cell>
                      <Table.Cell className="text-right tabular-nums">{formatUnits(c.available, locale)}</Table.Cell>
                      <Table.Cell className="whitespace-nowrap text-right tabular-nums">{daysOfSupplyText(c.days_of_supply, locale, t)}</Table.Cell>
                      <Table.Cell className="text-right tabular-nums">{formatUnits(c.reorder_point, locale, true)}</Table.Cell>
                      <Table.Cell>
                        <ConditionBadge condition={c.condition} />
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Fragment>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductStockWidget
