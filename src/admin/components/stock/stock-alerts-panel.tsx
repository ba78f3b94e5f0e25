import { BellAlert } from "@medusajs/icons"
import { Badge, Container, Text } from "@medusajs/ui"
import { errorStatus } from "../../lib/errors"
import { useOmsTranslation } from "../../lib/i18n"
import { formatCount } from "../../lib/kpi-format"
import type { StockAlert } from "../../lib/stock-health-types"
import { daysOfSupplyText, formatUnits } from "../../lib/stock-text"
import { useOpenStockAlerts } from "../../lib/use-stock-health"
import { useProductNamesBySku } from "../../lib/use-variant-names"
import { Section } from "../common/section"

const KIND_COLOR: Record<string, "red" | "orange" | "purple" | "grey"> = { stock_out: "red", low_stock: "orange", overstock: "purple", invariant_break: "grey" }

/**
 * The alerts the stock job has announced and that have not cleared, newest first; says when
 * the store has no notification feed, so these are the only place the alerts show.
 */
export const StockAlertsPanel = ({ onOpenItem }: { onOpenItem: (inventoryItemId: string) => void }) => {
  const { t, locale } = useOmsTranslation()
  const alerts = useOpenStockAlerts()
  const data = alerts.data
  const productName = useProductNamesBySku((data?.alerts ?? []).map((a) => a.sku))
  const figures = (a: StockAlert) => {
    const f = a.figures
    if (!f) return null
    if (a.kind === "overstock" && f.days_of_supply != null) return t("stockHealth.alerts.figures.overstock", { days: daysOfSupplyText(f.days_of_supply, locale, t) })
    if ((a.kind === "low_stock" || a.kind === "stock_out") && f.available != null && f.reorder_point != null)
      return t("stockHealth.alerts.figures.low", { available: formatUnits(f.available, locale), point: formatUnits(f.reorder_point, locale, true) })
    return null
  }
  // before the alert job exists on a store the route answers 404: nothing to show yet
  if (alerts.isError && errorStatus(alerts.error) === 404) return null
  const date = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" })
  return (
    <Container className="p-0" data-stock-alerts>
    <Section
      title={t("stockHealth.alerts.title")}
      description={data ? t("stockHealth.alerts.text", { count: data.count, n: formatCount(data.count, locale) }) : undefined}
    >
      {alerts.isError && (
        <Text size="small" className="text-ui-fg-error">
          {t("stockHealth.alerts.error")}
        </Text>
      )}
      {data && !data.feed_available && (
        <div className="bg-ui-bg-subtle border-ui-border-base flex items-start gap-x-2 rounded-md border px-3 py-2" data-stock-no-feed>
          <BellAlert className="text-ui-fg-muted mt-0.5 shrink-0" />
          <Text size="small" className="text-ui-fg-subtle">
            {t("stockHealth.alerts.noFeed")}
          </Text>
        </div>
      )}
      {data && data.alerts.length === 0 && (
        <Text size="small" className="text-ui-fg-muted">
          {t("stockHealth.alerts.none")}
        </Text>
      )}
      {data && data.alerts.length > 0 && (
        <ul className="flex flex-col divide-y divide-ui-border-base">
          {data.alerts.map((a) => (
            <li key={a.id}>
              <button
                type="button"
                disabled={!a.inventory_item_id}
                onClick={() => a.inventory_item_id && onOpenItem(a.inventory_item_id)}
                className="hover:bg-ui-bg-base-hover flex w-full flex-wrap items-center gap-x-3 gap-y-1 py-2 text-left disabled:cursor-default"
              >
                <Badge size="2xsmall" color={KIND_COLOR[a.kind] ?? "grey"}>
                  {t(`stockHealth.alerts.kind.${a.kind}`, { defaultValue: t("stockHealth.alerts.kind.other") })}
                </Badge>
                <Text size="small" weight="plus" className="min-w-0 flex-1 truncate">
                  {productName(a.sku) ?? a.title ?? a.sku ?? t("stockHealth.alerts.severalItems")}
                  {a.sku && <span className="text-ui-fg-subtle font-normal"> · {[productName(a.sku) ? a.title : null, a.sku].filter(Boolean).join(" · ")}</span>}
                  {figures(a) && <span className="text-ui-fg-subtle font-normal"> — {figures(a)}</span>}
                </Text>
                <Text size="small" className="text-ui-fg-subtle whitespace-nowrap">
                  {a.location_name ?? t("stockHealth.otherCentre")} · {date.format(new Date(a.posted_at))}
                </Text>
              </button>
            </li>
          ))}
        </ul>
      )}
      {data && data.count > data.alerts.length && (
        <Text size="xsmall" className="text-ui-fg-muted">
          {t("stockHealth.alerts.newest", { shown: formatCount(data.alerts.length, locale), n: formatCount(data.count, locale) })}
        </Text>
      )}
    </Section>
    </Container>
  )
}
