import { clx } from "@medusajs/ui"
import { useOmsTranslation } from "../../lib/i18n"
import { formatCount } from "../../lib/kpi-format"
import { STOCK_CONDITIONS, type StockCondition } from "../../lib/stock-health-types"
import { CONDITION_COLORS } from "./condition-badge"

const DOT: Record<(typeof CONDITION_COLORS)[StockCondition], string> = {
  red: "bg-ui-tag-red-icon",
  orange: "bg-ui-tag-orange-icon",
  grey: "bg-ui-tag-neutral-icon",
  purple: "bg-ui-tag-purple-icon",
  green: "bg-ui-tag-green-icon",
}

/**
 * One chip per condition with how many SKU × centre rows are in it; a click turns the condition
 * on or off in the filter (several at once allowed; none selected shows all).
 */
export const ConditionChips = ({
  counts,
  selected,
  onChange,
}: {
  counts: Record<StockCondition, number> | undefined
  selected: StockCondition[]
  onChange: (next: StockCondition[]) => void
}) => {
  const { t, locale } = useOmsTranslation()
  const toggle = (c: StockCondition) => onChange(selected.includes(c) ? selected.filter((s) => s !== c) : STOCK_CONDITIONS.filter((s) => s === c || selected.includes(s)))
  return (
    <div className="flex flex-wrap gap-2" role="group" aria-label={t("stockHealth.conditionFilter")}>
      {STOCK_CONDITIONS.map((c) => {
        const on = selected.includes(c)
        return (
          <button
            key={c}
            type="button"
            aria-pressed={on}
            data-condition-chip={c}
            onClick={() => toggle(c)}
            className={clx(
              "txt-compact-small-plus flex items-center gap-x-2 rounded-full border px-3 py-1.5 transition-fg",
              on ? "border-ui-fg-interactive bg-ui-bg-highlight text-ui-fg-base" : "border-ui-border-base bg-ui-bg-base text-ui-fg-subtle hover:bg-ui-bg-base-hover"
            )}
          >
            <span className={clx("h-2 w-2 rounded-full", DOT[CONDITION_COLORS[c]])} />
            {t(`stockHealth.condition.${c}`)}
            <span className="text-ui-fg-muted tabular-nums">{counts ? formatCount(counts[c] ?? 0, locale) : "…"}</span>
          </button>
        )
      })}
    </div>
  )
}
