import { waveName } from "../../lib/format"
import { useState } from "react"
import { Badge, Button, Checkbox, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useCreateWave, useWaves, type Wave, type WaveMode } from "../../lib/use-waves"
import { errorMessage } from "../../lib/errors"

const statusColor = { open: "blue", picking: "orange", picked: "green", canceled: "grey" } as const

/** Open waves at a centre and the "Create wave" form. */
export const WaveList = ({ stockLocationId, onOpen }: { stockLocationId: string; onOpen: (wave: Wave | string) => void }) => {
  const { data: waves, isLoading, error } = useWaves(stockLocationId)
  const create = useCreateWave()
  const [mode, setMode] = useState<WaveMode>("batch")
  const [maxOrders, setMaxOrders] = useState("8")
  const [beforeCutoff, setBeforeCutoff] = useState(false)
  const [rushOnly, setRushOnly] = useState(false)
  const open = (waves ?? []).filter((w) => w.status === "open" || w.status === "picking")

  const submit = () => {
    const max = Number(maxOrders)
    create.mutate(
      {
        stock_location_id: stockLocationId,
        mode,
        ...(Number.isInteger(max) && max > 0 ? { max_orders: max } : {}),
        ...(beforeCutoff ? { before_cutoff: true } : {}),
        ...(rushOnly ? { min_priority: 1 } : {}),
      },
      {
        onSuccess: ({ wave, skipped }) => {
          toast.success(`Wave created with ${wave.orders.length} order(s)`, {
            description: skipped.length ? summarizeSkipped(skipped) : undefined,
          })
          onOpen(wave)
        },
        onError: (e) => toast.error("Could not create wave", { description: errorMessage(e) }),
      }
    )
  }

  return (
    <div className="flex flex-col gap-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="wave-mode">Mode</Label>
          <Select value={mode} onValueChange={(v) => setMode(v as WaveMode)}>
            <Select.Trigger id="wave-mode" className="h-12 w-48 text-base">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="batch">Batch (several totes)</Select.Item>
              <Select.Item value="single">Single order</Select.Item>
            </Select.Content>
          </Select>
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="wave-max">Max orders</Label>
          <Input
            id="wave-max"
            type="number"
            min={1}
            className="h-12 w-32 text-base"
            value={maxOrders}
            disabled={mode === "single"}
            onChange={(e) => setMaxOrders(e.target.value)}
          />
        </div>
        <div className="flex flex-col gap-y-2 pb-1">
          <label className="flex items-center gap-x-2 text-sm">
            <Checkbox checked={beforeCutoff} onCheckedChange={(v) => setBeforeCutoff(v === true)} />
            Placed before today's cut-off
          </label>
          <label className="flex items-center gap-x-2 text-sm">
            <Checkbox checked={rushOnly} onCheckedChange={(v) => setRushOnly(v === true)} />
            Rush orders only (priority ≥ 1)
          </label>
        </div>
        <Button size="large" className="h-12 px-6 text-base" isLoading={create.isPending} onClick={submit}>
          Create wave
        </Button>
      </div>

      {isLoading && <Text className="text-ui-fg-subtle">Loading waves…</Text>}
      {error && <Text className="text-ui-fg-error">Could not load waves: {errorMessage(error)}</Text>}
      {waves && open.length === 0 && <Text className="text-ui-fg-subtle">No open waves at this centre.</Text>}
      <div className="flex flex-col gap-y-2">
        {open.map((w) => (
          <button
            key={w.id}
            type="button"
            onClick={() => onOpen(w.id)}
            className="bg-ui-bg-base hover:bg-ui-bg-base-hover flex min-h-[64px] items-center justify-between gap-3 rounded-lg border px-4 py-3 text-left"
          >
            <div className="flex flex-col">
              <span className="text-base font-medium">{waveName(w)}</span>
              <Text size="small" className="text-ui-fg-subtle">
                {w.mode} · {w.order_count} order(s) · {w.item_count} item(s)
                {w.distance_m != null ? ` · ${Math.round(w.distance_m)} m` : ""} · {new Date(w.created_at).toLocaleString()}
              </Text>
            </div>
            <Badge color={statusColor[w.status]}>{w.status}</Badge>
          </button>
        ))}
      </div>
    </div>
  )
}

/** "215 order(s) skipped — wave is full: max_orders 8 (213), no bin holds SKU X (2)" */
function summarizeSkipped(skipped: { reason: string }[]) {
  const counts = new Map<string, number>()
  for (const { reason } of skipped) {
    counts.set(reason, (counts.get(reason) ?? 0) + 1)
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3)
  const more = counts.size > 3 ? `, ${counts.size - 3} other reason(s)` : ""
  return `${skipped.length} order(s) skipped — ${top.map(([r, n]) => `${r} (${n})`).join(", ")}${more}`
}
