import { useState } from "react"
import { Button, Drawer, Label, Select, Text, toast } from "@medusajs/ui"
import { ArrowPath } from "@medusajs/icons"
import { useCenters } from "../../lib/use-centers"
import { useRerouteOrder } from "../../lib/use-oms-order"
import { errorMessage } from "../../lib/errors"
import { STRATEGIES, formatNumber, strategyLabel } from "../../lib/format"
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
          toast.success("Order re-routed", { description: order.routing?.rule })
          setOpen(false)
          setCenterId(ANY)
          setStrategy(KEEP)
        },
        onError: (error) => {
          toast.error("Re-route refused", { description: errorMessage(error) })
        },
      }
    )
  }

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button variant="secondary" size="small" disabled={disabled}>
          <ArrowPath />
          Re-route
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Re-route order</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-6">
          <Text size="small" className="text-ui-fg-subtle">
            The order is decided again and its reservations move to the chosen centres. Orders that are
            already fulfilled or canceled cannot be re-routed.
          </Text>
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="oms-reroute-center" weight="plus">
              Fulfilment centre
            </Label>
            <Select value={centerId} onValueChange={setCenterId} disabled={isLoading}>
              <Select.Trigger id="oms-reroute-center">
                <Select.Value placeholder="Let the strategy decide" />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ANY}>Let the strategy decide</Select.Item>
                {options.map((c) => (
                  <Select.Item key={c.stock_location_id} value={c.stock_location_id}>
                    {c.name}
                    {c.city ? ` — ${c.city}` : ""} · {formatNumber(c.stock.available)} available
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            <Text size="xsmall" className="text-ui-fg-muted">
              Only active centres{salesChannelId && inChannel.length ? " in this order's sales channel" : ""} are
              listed. A forced centre ships what it has; the rest is back-ordered.
            </Text>
          </div>
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="oms-reroute-strategy" weight="plus">
              Strategy
            </Label>
            <Select value={strategy} onValueChange={setStrategy}>
              <Select.Trigger id="oms-reroute-strategy">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={KEEP}>Default strategy</Select.Item>
                {STRATEGIES.map((s) => (
                  <Select.Item key={s.value} value={s.value}>
                    {s.label}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            <Text size="xsmall" className="text-ui-fg-muted">
              {strategy === KEEP
                ? `The plugin's configured strategy${currentStrategy ? ` (last decision used: ${strategyLabel(currentStrategy)})` : ""}.`
                : STRATEGIES.find((s) => s.value === strategy)?.hint}
            </Text>
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary" size="small">
              Cancel
            </Button>
          </Drawer.Close>
          <Button size="small" onClick={submit} isLoading={reroute.isPending}>
            Re-route
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
