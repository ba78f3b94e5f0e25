import { StatusBadge } from "@medusajs/ui"
import { useOmsTranslation } from "../../lib/i18n"
import type { StockCondition } from "../../lib/stock-health-types"

export const CONDITION_COLORS: Record<StockCondition, "red" | "orange" | "grey" | "purple" | "green"> = {
  stock_out: "red",
  low: "orange",
  dead: "grey",
  overstock: "purple",
  ok: "green",
}

/** The SKU's condition at a centre in the merchant's words ("Running low"). */
export const ConditionBadge = ({ condition }: { condition: StockCondition }) => {
  const { t } = useOmsTranslation()
  return (
    <StatusBadge color={CONDITION_COLORS[condition]} className="whitespace-nowrap" data-stock-condition={condition}>
      {t(`stockHealth.condition.${condition}`)}
    </StatusBadge>
  )
}
