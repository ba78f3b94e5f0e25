import { useState } from "react"
import { Button, Input, Label, Select, Text } from "@medusajs/ui"
import { PlaySolid } from "@medusajs/icons"
import { useOmsTranslation } from "../../lib/i18n"
import { STRATEGY_CHOICES, strategyHint, strategyText } from "../../lib/routing-text"
import type { RoutingStrategy, SimulationRequest } from "../../lib/types"

/** Strategy + how many recent orders (+ optional shipment cap) → run. */
export const SimulationForm = ({
  onRun,
  running,
}: {
  onRun: (request: SimulationRequest) => void
  running: boolean
}) => {
  const { t } = useOmsTranslation()
  const [strategy, setStrategy] = useState<RoutingStrategy>("closest_full_stock")
  const [limit, setLimit] = useState("200")
  const [maxShipments, setMaxShipments] = useState("")
  const [error, setError] = useState<string | null>(null)

  const submit = () => {
    const orders = Number(limit)
    if (!Number.isInteger(orders) || orders < 1 || orders > 5000) {
      setError(t("simulator.form.ordersError"))
      return
    }
    const cap = maxShipments.trim() ? Number(maxShipments) : undefined
    if (cap !== undefined && (!Number.isInteger(cap) || cap < 1 || cap > 10)) {
      setError(t("simulator.form.maxError"))
      return
    }
    setError(null)
    onRun({ strategy, limit: orders, ...(cap !== undefined ? { max_shipments: cap } : {}) })
  }

  return (
    <form
      className="flex flex-col gap-y-3"
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
    >
      <div className="grid grid-cols-1 items-end gap-4 sm:grid-cols-[2fr_1fr_1fr_auto]">
        <div className="flex flex-col gap-y-1.5">
          <Label htmlFor="oms-sim-strategy" size="small" weight="plus">
            {t("simulator.form.strategy")}
          </Label>
          <Select value={strategy} onValueChange={(v) => setStrategy(v as RoutingStrategy)}>
            <Select.Trigger id="oms-sim-strategy">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {STRATEGY_CHOICES.map((s) => (
                <Select.Item key={s} value={s}>
                  {strategyText(t, s)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div className="flex flex-col gap-y-1.5">
          <Label htmlFor="oms-sim-limit" size="small" weight="plus">
            {t("simulator.form.orders")}
          </Label>
          <Input
            id="oms-sim-limit"
            type="number"
            inputMode="numeric"
            min={1}
            max={5000}
            value={limit}
            onChange={(e) => setLimit(e.target.value)}
          />
        </div>
        <div className="flex flex-col gap-y-1.5">
          <Label htmlFor="oms-sim-max" size="small" weight="plus">
            {t("simulator.form.max")}
          </Label>
          <Input
            id="oms-sim-max"
            type="number"
            inputMode="numeric"
            min={1}
            max={10}
            placeholder={t("simulator.form.maxDefault")}
            value={maxShipments}
            onChange={(e) => setMaxShipments(e.target.value)}
          />
        </div>
        <Button type="submit" isLoading={running}>
          <PlaySolid />
          {t("simulator.form.run")}
        </Button>
      </div>
      <Text size="xsmall" className={error ? "text-ui-fg-error" : "text-ui-fg-muted"}>
        {error ?? strategyHint(t, strategy)}
      </Text>
    </form>
  )
}
