import { TriangleDownMini, TriangleUpMini } from "@medusajs/icons"
import { Text, clx } from "@medusajs/ui"
import { useOmsTranslation } from "../../lib/i18n"
import { formatChange, formatCount, formatValue, type FormatContext } from "../../lib/kpi-format"
import type { KpiTile as Tile } from "../../lib/kpi-tiles"
import { InfoTip } from "../common/info-tip"

const TONE_CLASS = {
  good: "text-ui-tag-green-text",
  bad: "text-ui-tag-red-text",
  neutral: "text-ui-fg-subtle",
} as const

/**
 * One KPI: the value, a figure or two beside it, the previous period and the change coloured by
 * whether it is good. With `onOpen`, the tile opens on the orders behind it (a click anywhere on
 * it, or its "See the orders" button for the keyboard).
 */
export const KpiTile = ({ tile, format, onOpen }: { tile: Tile; format: FormatContext; onOpen?: () => void }) => {
  const { t } = useOmsTranslation()
  const label = t(`kpi.${tile.key}.label`)
  const change = formatChange(tile.kind, tile.change, format)
  const Arrow = tile.change.direction === "up" ? TriangleUpMini : tile.change.direction === "down" ? TriangleDownMini : null
  // nothing counted yet: nothing to open
  const open = tile.value != null ? onOpen : undefined
  const toneWord = tile.change.tone === "good" ? t("dashboard.better") : tile.change.tone === "bad" ? t("dashboard.worse") : null

  return (
    <div
      className={clx("bg-ui-bg-base shadow-elevation-card-rest flex flex-col gap-y-2 rounded-lg px-4 py-3", open && "hover:shadow-elevation-card-hover cursor-pointer transition-shadow")}
      onClick={open}
    >
      <div className="flex items-start justify-between gap-x-2">
        <Text size="small" weight="plus" className="text-ui-fg-subtle">
          {label}
        </Text>
        {/* the explanation opens on its own, not the orders */}
        <span onClick={(e) => e.stopPropagation()}>
          <InfoTip text={t(`kpi.${tile.key}.help`)} label={t("dashboard.whatIsThis", { label })} />
        </span>
      </div>
      <div className="flex flex-wrap items-baseline gap-x-2">
        <span className="text-ui-fg-base text-2xl font-medium tabular-nums leading-tight">{formatValue(tile.kind, tile.value, format)}</span>
        {change && (
          <span
            className={clx("txt-compact-small-plus inline-flex items-center tabular-nums", TONE_CLASS[tile.change.tone])}
            title={toneWord ?? undefined}
          >
            {Arrow && <Arrow aria-hidden />}
            {change}
            {toneWord && <span className="sr-only"> ({toneWord})</span>}
          </span>
        )}
      </div>
      {tile.details.filter((d) => tile.value != null && d.value != null).map((d) => (
        <Text key={d.key} size="small" className="text-ui-fg-subtle tabular-nums">
          {t(`kpi.${tile.key}.${d.key}`, { value: formatValue(d.kind, d.value, format), count: d.value ?? 0 })}
        </Text>
      ))}
      <div className="mt-auto flex flex-col gap-y-0.5 pt-1">
        <Text size="xsmall" className="text-ui-fg-muted tabular-nums">
          {tile.value == null
            ? t("dashboard.notYet")
            : tile.basis
              ? t(`kpi.${tile.key}.${tile.basis.key}`, {
                  count: tile.basis.total,
                  n: formatCount(tile.basis.count, format.locale),
                  total: formatCount(tile.basis.total, format.locale),
                })
              : null}
        </Text>
        <Text size="xsmall" className="text-ui-fg-muted tabular-nums">
          {t("dashboard.previous", { value: formatValue(tile.kind, tile.previous, format) })}
        </Text>
        {open && (
          <button
            type="button"
            onClick={(e) => {
              e.stopPropagation()
              open()
            }}
            aria-label={t("drill.openLabel", { label })}
            className="txt-compact-xsmall-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover focus-visible:shadow-borders-focus mt-1 self-start rounded outline-none"
          >
            {t("drill.open")} →
          </button>
        )}
      </div>
    </div>
  )
}
