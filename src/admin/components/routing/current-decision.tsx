import { Badge, Text } from "@medusajs/ui"
import { ExclamationCircle } from "@medusajs/icons"
import { useOmsTranslation } from "../../lib/i18n"
import { actorText, countText, dateTimeText, kmText, lineTitle, strategyText, triggerText } from "../../lib/routing-text"
import { ruleText } from "../../lib/routing-phrases"
import type { OmsOrder, RoutingView } from "../../lib/types"

type Items = OmsOrder["items"]

export const ItemLine = ({ lineId, quantity, items }: { lineId: string; quantity: number; items: Items }) => {
  const { t } = useOmsTranslation()
  const item = items.find((i) => i.id === lineId)
  return (
    <div className="flex items-baseline justify-between gap-3">
      <Text size="small" className="text-ui-fg-base min-w-0 truncate">
        {lineTitle(t, lineId, items)}
        {item?.sku && <span className="text-ui-fg-muted"> · {item.sku}</span>}
      </Text>
      <Text size="small" weight="plus" className="shrink-0 tabular-nums">
        × {quantity}
        {item && item.quantity !== quantity && <span className="text-ui-fg-muted"> {t("routing.ofQuantity", { quantity: item.quantity })}</span>}
      </Text>
    </div>
  )
}

export const CurrentDecision = ({
  routing,
  items,
  nameOf,
}: {
  routing: RoutingView
  items: Items
  nameOf: (stockLocationId: string) => string
}) => {
  const { t, locale } = useOmsTranslation()
  return (
    <div className="flex flex-col gap-y-4">
      <div className="flex flex-col gap-y-2">
        <Text size="base" weight="plus" className="text-ui-fg-base">
          {ruleText(t, routing, items, locale)}
        </Text>
        <div className="flex flex-wrap items-center gap-2">
          <Badge size="2xsmall" color="blue">
            {strategyText(t, routing.strategy)}
          </Badge>
          <Badge size="2xsmall">{t("routing.shipments", { count: routing.shipment_count })}</Badge>
          {routing.explanation?.fell_back_to_priority && (
            <Badge size="2xsmall" color="orange">
              {t("routing.fellBack")}
            </Badge>
          )}
          <Text size="xsmall" className="text-ui-fg-muted">
            {triggerText(t, routing.trigger)} · {dateTimeText(routing.decided_at, locale)} · {actorText(t, routing.actor)}
          </Text>
        </div>
      </div>

      {routing.allocations.length > 0 && (
        <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
          {routing.allocations.map((allocation) => (
            <div
              key={allocation.stock_location_id}
              className="bg-ui-bg-subtle shadow-borders-base flex flex-col gap-y-2 rounded-lg px-4 py-3"
            >
              <div className="flex items-baseline justify-between gap-2">
                <Text size="base" weight="plus">
                  {allocation.stock_location_name ?? nameOf(allocation.stock_location_id)}
                </Text>
                <Text size="small" className="text-ui-fg-subtle shrink-0 tabular-nums">
                  {kmText(allocation.distance_km, locale)}
                </Text>
              </div>
              {allocation.items.map((item) => (
                <ItemLine key={item.line_item_id} lineId={item.line_item_id} quantity={item.quantity} items={items} />
              ))}
            </div>
          ))}
        </div>
      )}

      {routing.backordered.length > 0 && (
        <div className="bg-ui-tag-orange-bg border-ui-tag-orange-border flex flex-col gap-y-2 rounded-lg border px-4 py-3">
          <div className="flex items-center gap-x-2">
            <ExclamationCircle className="text-ui-tag-orange-icon" />
            <Text size="base" weight="plus" className="text-ui-tag-orange-text">
              {t("routing.backordered", { count: routing.backordered_units, units: countText(routing.backordered_units, locale) })}
            </Text>
          </div>
          {routing.backordered.map((item) => (
            <ItemLine key={item.line_item_id} lineId={item.line_item_id} quantity={item.quantity} items={items} />
          ))}
          {routing.backorder_location_id && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("routing.reservedAt", { centre: nameOf(routing.backorder_location_id) })}
            </Text>
          )}
        </div>
      )}
    </div>
  )
}
