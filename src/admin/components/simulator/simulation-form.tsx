import { useState } from "react"
import { Button, Input, Label, Select, Text } from "@medusajs/ui"
import { PlaySolid } from "@medusajs/icons"
import { STRATEGIES } from "../../lib/format"
import type { RoutingStrategy, SimulationRequest } from "../../lib/types"

/** Strategy + how many recent orders (+ optional shipment cap) → run. */
export const SimulationForm = ({
  onRun,
  running,
}: {
  onRun: (request: SimulationRequest) => void
  running: boolean
}) => {
  const [strategy, setStrategy] = useState<RoutingStrategy>("closest_full_stock")
  const [limit, setLimit] = useState("200")
  const [maxShipments, setMaxShipments] = useState("")
  const [error, setError] = useState<string | null>(null)

  const submit = () => {
    const orders = Number(limit)
    if (!Number.isInteger(orders) || orders < 1 || orders > 5000) {
      setError("Number of orders is a whole number from 1 to 5000")
      return
    }
    const cap = maxShipments.trim() ? Number(maxShipments) : undefined
    if (cap !== undefined && (!Number.isInteger(cap) || cap < 1 || cap > 10)) {
      setError("Max shipments is a whole number from 1 to 10, or empty for the configured default")
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
            Strategy
          </Label>
          <Select value={strategy} onValueChange={(v) => setStrategy(v as RoutingStrategy)}>
            <Select.Trigger id="oms-sim-strategy">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {STRATEGIES.map((s) => (
                <Select.Item key={s.value} value={s.value}>
                  {s.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div className="flex flex-col gap-y-1.5">
          <Label htmlFor="oms-sim-limit" size="small" weight="plus">
            Recent orders
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
            Max shipments
          </Label>
          <Input
            id="oms-sim-max"
            type="number"
            inputMode="numeric"
            min={1}
            max={10}
            placeholder="Default"
            value={maxShipments}
            onChange={(e) => setMaxShipments(e.target.value)}
          />
        </div>
        <Button type="submit" isLoading={running}>
          <PlaySolid />
          Run simulation
        </Button>
      </div>
      <Text size="xsmall" className={error ? "text-ui-fg-error" : "text-ui-fg-muted"}>
        {error ?? STRATEGIES.find((s) => s.value === strategy)?.hint}
      </Text>
    </form>
  )
}
