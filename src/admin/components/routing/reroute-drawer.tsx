import { useState } from "react"
import { Button, Drawer, Label, Select, Text, toast } from "@medusajs/ui"
import { ArrowPath } from "@medusajs/icons"
import { useCenters } from "../../lib/use-centers"
import { useRerouteOrder } from "../../lib/use-oms-order"
import { errorMessage } from "../../lib/errors"
import { ruleText } from "../../lib/routing-phrases"
import { useOmsTranslation } from "../../lib/i18n"
import { STRATEGY_CHOICES, countText, strategyHint, strategyText } from "../../lib/routing-text"
import type { RoutingStrategy } from "../../lib/types"

const ANY = "__any__"
const KEEP = "__keep__"

/**
 * "Re-route" button + drawer: optionally force one active centre (in the order's sales channel when
 * known) and/or pick a strategy; the server explains refusals (fulfilled, canceled, wrong channel).
 */
export const RerouteDrawer = ({
  orderId,
  salesChannelId,
  currentStrategy,
  disabled,
}: {
  orderId: string
  salesChannelId?: string | null
  currentStrategy?: string
  disabled?: boolean
}) => {
  const { t, locale } = useOmsTranslation()
  const [open, setOpen] = useState(false)
  const [centerId, setCenterId] = useState(ANY)
  const [strategy, setStrategy] = useState(KEEP)
  const { data: centers, isLoading } = useCenters()
  const reroute = useRerouteOrder(orderId)

  const active = (centers ?? []).filter((c) => c.active)
  const inChannel = salesChannelId
    ? active.filter((c) => c.sales_channels.some((sc) => sc.id === salesChannelId))
    : active
  const options = inChannel.length ? inChannel : active

  const submit = () => {
    reroute.mutate(
      {
        ...(centerId !== ANY ? { stock_location_id: centerId } : {}),
        ...(strategy !== KEEP ? { strategy: strategy as RoutingStrategy } : {}),
      },
      {
        onSuccess: ({ order }) => {
          toast.success(t("routing.reroute.done"), { description: order.routing ? ruleText(t, order.routing, order.items, locale) : undefined })
          setOpen(false)
          setCenterId(ANY)
          setStrategy(KEEP)
        },
        onError: (error) => {
          toast.error(t("routing.reroute.refused"), { description: errorMessage(error, t("routing.reroute.tryAgain")) })
        },
      }
    )
  }

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button variant="secondary" size="small" disabled={disabled}>
          <ArrowPath />
          {t("routing.reroute.button")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t("routing.reroute.title")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-6">
          <Text size="small" className="text-ui-fg-subtle">
            {t("routing.reroute.intro")}
          </Text>
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="oms-reroute-center" weight="plus">
              {t("routing.reroute.centre")}
            </Label>
            <Select value={centerId} onValueChange={setCenterId} disabled={isLoading}>
              <Select.Trigger id="oms-reroute-center">
                <Select.Value placeholder={t("routing.reroute.anyCentre")} />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ANY}>{t("routing.reroute.anyCentre")}</Select.Item>
                {options.map((c) => (
                  <Select.Item key={c.stock_location_id} value={c.stock_location_id}>
                    {c.name}
                    {c.city ? ` — ${c.city}` : ""} · {t("routing.reroute.available", { units: countText(c.stock.available, locale) })}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            <Text size="xsmall" className="text-ui-fg-muted">
              {salesChannelId && inChannel.length ? t("routing.reroute.onlyActiveInChannel") : t("routing.reroute.onlyActive")}
            </Text>
          </div>
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="oms-reroute-strategy" weight="plus">
              {t("routing.reroute.strategy")}
            </Label>
            <Select value={strategy} onValueChange={setStrategy}>
              <Select.Trigger id="oms-reroute-strategy">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={KEEP}>{t("routing.reroute.defaultStrategy")}</Select.Item>
                {STRATEGY_CHOICES.map((s) => (
                  <Select.Item key={s} value={s}>
                    {strategyText(t, s)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            <Text size="xsmall" className="text-ui-fg-muted">
              {strategy === KEEP
                ? currentStrategy
                  ? t("routing.reroute.defaultHintLast", { strategy: strategyText(t, currentStrategy) })
                  : t("routing.reroute.defaultHint")
                : strategyHint(t, strategy)}
            </Text>
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary" size="small">
              {t("routing.reroute.cancel")}
            </Button>
          </Drawer.Close>
          <Button size="small" onClick={submit} isLoading={reroute.isPending}>
            {t("routing.reroute.submit")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
