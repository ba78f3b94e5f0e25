import { useEffect, useState } from "react"
import { Button, Checkbox, Text } from "@medusajs/ui"
import { useOmsTranslation } from "../../lib/i18n"
import { dateTimeText } from "../../lib/routing-text"
import { useWavePreview, type CreateWaveInput } from "../../lib/use-waves"

/**
 * Before a wave is created: how many orders and units wait for the chosen filters, what the next
 * wave would hold and how far its walk is; the orders to tick for a wave of exactly those.
 */
export const WavePreview = ({ filters, creating, onCreate }: { filters: CreateWaveInput; creating: boolean; onCreate: (orderIds?: string[]) => void }) => {
  const { t, locale } = useOmsTranslation()
  const { data, isLoading, isError } = useWavePreview(filters)
  const [chosen, setChosen] = useState<Set<string>>(new Set())
  const [choosing, setChoosing] = useState(false)
  useEffect(() => setChosen(new Set()), [filters.stock_location_id])
  const toggle = (id: string) =>
    setChosen((old) => {
      const next = new Set(old)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  const next = data?.next_wave
  const picked = [...chosen].filter((id) => data?.waiting.some((o) => o.order_id === id))

  return (
    <div data-wave-preview="" className="bg-ui-bg-subtle flex flex-col gap-y-3 rounded-lg border p-4">
      {isLoading && <Text className="text-ui-fg-subtle">{t("wave.preview.loading")}</Text>}
      {isError && <Text className="text-ui-fg-error">{t("wave.preview.failed")}</Text>}
      {data?.problem && <Text className="text-ui-fg-error">{t(`wave.preview.problem.${data.problem}`)}</Text>}
      {data && !data.problem && (
        <>
          <Text weight="plus" className="text-base">
            {data.waiting_count === 0 ? t("wave.preview.nothing") : t("wave.preview.waiting", { count: data.waiting_count, units: data.waiting_units })}
          </Text>
          {next && (
            <Text data-next-wave="">
              {t("wave.preview.next", { count: next.order_ids.length, units: next.units, bins: next.bins, metres: Math.round(next.distance_m) })}
            </Text>
          )}
          {data.skipped_count > 0 && (
            <Text size="small" className="text-ui-fg-subtle">
              {t("wave.preview.skipped", { count: data.skipped_count })}
            </Text>
          )}
          {data.waiting_count > 0 && (
            <div className="flex flex-wrap gap-2">
              <Button size="large" className="h-12 px-6 text-base" isLoading={creating} onClick={() => onCreate(choosing && picked.length ? picked : undefined)}>
                {choosing && picked.length ? t("wave.preview.createChosen", { count: picked.length }) : t("wave.preview.create")}
              </Button>
              <Button size="large" variant="secondary" className="h-12 px-4 text-base" onClick={() => setChoosing(!choosing)}>
                {choosing ? t("wave.preview.stopChoosing") : t("wave.preview.choose")}
              </Button>
            </div>
          )}
          {choosing && (
            <div className="flex max-h-[320px] flex-col gap-y-1 overflow-y-auto">
              {data.waiting.map((o) => (
                <label key={o.order_id} className="bg-ui-bg-base flex min-h-[48px] items-center gap-3 rounded-md border px-3 py-2">
                  <Checkbox checked={chosen.has(o.order_id)} onCheckedChange={() => toggle(o.order_id)} />
                  <span className="font-medium tabular-nums">{o.display_id != null ? `#${o.display_id}` : t("packing.thisOrder")}</span>
                  <span className="flex-1 truncate">{o.customer ?? ""}</span>
                  <span className="text-ui-fg-subtle text-sm">{t("wave.units", { count: o.units })} · {dateTimeText(o.placed_at, locale)}</span>
                </label>
              ))}
              {data.waiting_count > data.waiting.length && (
                <Text size="small" className="text-ui-fg-subtle">
                  {t("wave.preview.more", { count: data.waiting_count - data.waiting.length })}
                </Text>
              )}
            </div>
          )}
        </>
      )}
    </div>
  )
}
