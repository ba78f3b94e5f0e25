import { useState } from "react"
import { Badge, Button, Checkbox, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useCreateWave, useWaveHistory, useWaves, type CreateWaveInput, type Wave, type WaveMode, type WaveSummary } from "../../lib/use-waves"
import { errorMessage } from "../../lib/errors"
import { useOmsTranslation } from "../../lib/i18n"
import { sayWords, serverReason } from "../../lib/scan-text"
import { dateTimeText } from "../../lib/routing-text"
import { WavePreview } from "./wave-preview"

const statusColor = { open: "blue", picking: "orange", picked: "green", canceled: "grey" } as const

/** One wave in a list: its name, what it holds, when it was made, its status. */
const WaveRow = ({ wave, onOpen }: { wave: WaveSummary; onOpen: (id: string) => void }) => {
  const { t, locale } = useOmsTranslation()
  return (
    <button
      type="button"
      data-wave-row={wave.status}
      onClick={() => onOpen(wave.id)}
      className="bg-ui-bg-base hover:bg-ui-bg-base-hover flex min-h-[64px] items-center justify-between gap-3 rounded-lg border px-4 py-3 text-left"
    >
      <div className="flex flex-col">
        <span className="font-mono text-base font-medium">{wave.name ?? t("wave.unnamed")}</span>
        <Text size="small" className="text-ui-fg-subtle">
          {t(`wave.mode.${wave.mode}`)} · {t("wave.orders", { count: wave.order_count })} · {t("wave.units", { count: wave.item_count })}
          {wave.distance_m != null ? ` · ${t("wave.route.metres", { count: Math.round(wave.distance_m) })}` : ""} · {dateTimeText(wave.created_at, locale)}
        </Text>
      </div>
      <Badge color={statusColor[wave.status]}>{t(`wave.status.${wave.status}`)}</Badge>
    </button>
  )
}

/** Open waves at a centre, the form that previews and creates the next one, and the waves done. */
export const WaveList = ({ stockLocationId, onOpen }: { stockLocationId: string; onOpen: (wave: Wave | string) => void }) => {
  const { t } = useOmsTranslation()
  const { data: waves, isLoading, error } = useWaves(stockLocationId)
  const [historyOf, setHistoryOf] = useState<"picked" | "canceled">("picked")
  const history = useWaveHistory(stockLocationId, historyOf)
  const create = useCreateWave()
  const [mode, setMode] = useState<WaveMode>("batch")
  const [maxOrders, setMaxOrders] = useState("8")
  const [beforeCutoff, setBeforeCutoff] = useState(false)
  const [rushOnly, setRushOnly] = useState(false)
  const open = (waves ?? []).filter((w) => w.status === "open" || w.status === "picking")
  const max = Number(maxOrders)
  const filters: CreateWaveInput = {
    stock_location_id: stockLocationId,
    mode,
    ...(Number.isInteger(max) && max > 0 && mode === "batch" ? { max_orders: Math.min(max, 50) } : {}),
    ...(beforeCutoff ? { before_cutoff: true } : {}),
    ...(rushOnly ? { min_priority: 1 } : {}),
  }

  const submit = (orderIds?: string[]) =>
    create.mutate(
      { ...filters, ...(orderIds?.length ? { order_ids: orderIds, ...(mode === "batch" ? { max_orders: orderIds.length } : {}) } : {}) },
      {
        onSuccess: ({ wave, skipped }) => {
          toast.success(t("wave.created", { name: wave.name ?? "", count: wave.orders.length }), {
            description: skipped.length ? t("wave.skipped", { count: skipped.length }) : undefined,
          })
          onOpen(wave)
        },
        onError: (e) => toast.error(t("wave.createFailed"), { description: sayWords(t, serverReason(errorMessage(e))) }),
      }
    )

  return (
    <div className="flex flex-col gap-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="wave-mode">{t("wave.form.mode")}</Label>
          <Select value={mode} onValueChange={(v) => setMode(v as WaveMode)}>
            <Select.Trigger id="wave-mode" className="h-12 w-56 text-base">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="batch">{t("wave.form.batch")}</Select.Item>
              <Select.Item value="single">{t("wave.form.single")}</Select.Item>
            </Select.Content>
          </Select>
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="wave-max">{t("wave.form.maxOrders")}</Label>
          <Input
            id="wave-max"
            type="number"
            min={1}
            max={50}
            className="h-12 w-32 text-base"
            value={maxOrders}
            disabled={mode === "single"}
            onChange={(e) => setMaxOrders(e.target.value)}
          />
        </div>
        <div className="flex flex-col gap-y-2 pb-1">
          <label className="flex min-h-[24px] items-center gap-x-2 text-sm">
            <Checkbox checked={beforeCutoff} onCheckedChange={(v) => setBeforeCutoff(v === true)} />
            {t("wave.form.beforeCutoff")}
          </label>
          <label className="flex min-h-[24px] items-center gap-x-2 text-sm">
            <Checkbox checked={rushOnly} onCheckedChange={(v) => setRushOnly(v === true)} />
            {t("wave.form.rushOnly")}
          </label>
        </div>
      </div>
      <WavePreview filters={filters} creating={create.isPending} onCreate={submit} />

      <div className="flex flex-col gap-y-2">
        <Text weight="plus">{t("wave.open")}</Text>
        {isLoading && <Text className="text-ui-fg-subtle">{t("wave.loading")}</Text>}
        {error && <Text className="text-ui-fg-error">{t("wave.loadFailed")}</Text>}
        {waves && open.length === 0 && <Text className="text-ui-fg-subtle">{t("wave.noneOpen")}</Text>}
        {open.map((w) => (
          <WaveRow key={w.id} wave={w} onOpen={onOpen} />
        ))}
      </div>

      <div className="flex flex-col gap-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <Text weight="plus">{t("wave.history")}</Text>
          <div className="flex gap-1">
            {(["picked", "canceled"] as const).map((s) => (
              <Button key={s} size="small" variant={historyOf === s ? "primary" : "secondary"} className="h-10 px-4" onClick={() => setHistoryOf(s)}>
                {t(`wave.status.${s}`)}
              </Button>
            ))}
          </div>
        </div>
        {history.data && history.data.length === 0 && <Text className="text-ui-fg-subtle">{t(`wave.noHistory.${historyOf}`)}</Text>}
        {(history.data ?? []).map((w) => (
          <WaveRow key={w.id} wave={w} onOpen={onOpen} />
        ))}
      </div>
    </div>
  )
}
