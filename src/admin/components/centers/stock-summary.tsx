import { Badge } from "@medusajs/ui"
import { useOmsTranslation } from "../../lib/i18n"
import { countText } from "../../lib/routing-text"
import type { StockSummary } from "../../lib/types"
import { Stat } from "../common/section"
import { StockBar, StockLegend } from "./stock-bar"

export const StockSummaryView = ({ stock }: { stock: StockSummary }) => {
  const { t, locale } = useOmsTranslation()
  return (
    <div className="flex flex-col gap-y-4">
      <div className="grid grid-cols-2 gap-4 sm:grid-cols-5">
        <Stat label={t("centres.table.skus")} value={countText(stock.skus, locale)} />
        <Stat label={t("centres.table.units")} value={countText(stock.units, locale)} />
        <Stat label={t("centres.reserved")} value={countText(stock.reserved, locale)} />
        <Stat label={t("centres.available")} value={countText(stock.available, locale)} />
        <Stat
          label={t("centres.lowStock")}
          value={
            stock.low_stock_skus > 0 ? (
              <Badge color="orange" size="small">
                {t("centres.skuCount", { count: stock.low_stock_skus, skus: countText(stock.low_stock_skus, locale) })}
              </Badge>
            ) : (
              countText(0, locale)
            )
          }
        />
      </div>
      <StockBar stock={stock} max={Math.max(stock.units, stock.available + stock.reserved)} />
      <StockLegend />
    </div>
  )
}
