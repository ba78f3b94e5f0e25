import { useState } from "react"
import { Button, Input, Label, Select, Text, clx, toast } from "@medusajs/ui"
import { useCartons, useCompletePack, useDeliverPack, useShipPack, type PackSession } from "../../lib/use-pack-session"
import { errorMessage } from "../../lib/errors"
import { sayWords, serverReason } from "../../lib/scan-text"
import { useOmsTranslation } from "../../lib/i18n"
import { Stat } from "../common/section"
import { ProgressBar } from "./progress-bar"

const RECOMMENDED = "__recommended__"
const kg = (g: number | null | undefined) => (g == null ? "—" : `${(g / 1000).toFixed(2)} kg`)
const splitTracking = (value: string) =>
  value
    .split(/[\s,;]+/)
    .map((t) => t.trim())
    .filter(Boolean)

/**
 * The pack bench for one session: what to pack and how far it is, then completion, shipping
 * and delivery as the server reports them (so a reload shows the real stage and tracking).
 * Scans come from the page's scan input.
 */
export const PackBench = ({ session }: { session: PackSession }) => {
  const { t } = useOmsTranslation()
  const failed = (title: string) => (e: unknown) => toast.error(title, { description: sayWords(t, serverReason(errorMessage(e))) })
  const complete = useCompletePack(session.id)
  const ship = useShipPack(session.id)
  const deliver = useDeliverPack(session.id)
  const { data: cartons } = useCartons(session.stock_location_id)
  const [carton, setCarton] = useState(RECOMMENDED)
  const [tracking, setTracking] = useState("")
  const rec = session.recommendation
  const open = session.status === "open"
  const allScanned = session.progress.complete

  const { stage, next_action, tracking_numbers } = session.shipment

  const trackingNumbers = splitTracking(tracking)
  const onComplete = () =>
    complete.mutate(
      {
        ...(carton !== RECOMMENDED ? { carton_code: carton } : {}),
        ...(trackingNumbers.length ? { tracking_numbers: trackingNumbers } : {}),
      },
      {
        onSuccess: () => {
          setTracking("")
          toast.success(trackingNumbers.length ? t("packing.toast.shipped") : t("packing.toast.packed"))
        },
        onError: failed(t("packing.toast.completeFailed")),
      }
    )

  return (
    <div className="flex flex-col gap-y-4">
      <ProgressBar done={session.progress.packed_units} total={session.progress.expected_units} label={t("packing.unitsScanned")} />

      <div className="flex flex-col gap-y-2">
        {session.expected_items.map((item) => {
          const done = item.packed >= item.quantity
          return (
            <div
              key={item.line_item_id}
              data-pack-item=""
              className={clx(
                "flex min-h-[64px] items-center justify-between gap-3 rounded-lg border-2 px-4 py-2",
                done ? "border-ui-tag-green-border bg-ui-tag-green-bg" : "border-ui-border-base"
              )}
            >
              <div className="min-w-0">
                <div className="truncate text-lg font-semibold">{item.title ?? item.sku ?? t("picking.noTitle")}</div>
                <div className="text-ui-fg-subtle font-mono text-sm">
                  {item.sku ?? "—"}
                  {item.barcode ? ` · ${item.barcode}` : ""}
                </div>
              </div>
              <div className="text-3xl font-bold tabular-nums">
                {item.packed}
                <span className="text-ui-fg-muted text-xl"> / {item.quantity}</span>
              </div>
            </div>
          )
        })}
      </div>

      <div className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        <Stat
          label={t("packing.recommended")}
          value={
            !rec || rec.mode === "none"
              ? t("packing.noCarton")
              : rec.mode === "single"
                ? rec.parcels[0]?.carton_id
                : t("packing.parcels", { count: rec.parcels.length, cartons: rec.parcels.map((p) => p.carton_id).join(", ") })
          }
        />
        <Stat
          label={t("packing.billable")}
          value={kg(rec?.total_billable_weight_g)}
          hint={rec?.parcels[0] ? t("packing.actual", { weight: kg(rec.parcels.reduce((s, p) => s + p.actual_weight_g, 0)) }) : undefined}
        />
        <Stat label={t("packing.accepted")} value={session.accepted_count} />
        <Stat
          label={t("packing.refused")}
          value={
            <span className={session.refused_count > 0 ? "text-ui-fg-error" : undefined}>{session.refused_count}</span>
          }
        />
      </div>

      {open ? (
        <div className="flex flex-col gap-y-3 rounded-lg border p-4">
          <div className="flex flex-wrap gap-3">
            <div className="flex min-w-[220px] flex-1 flex-col gap-y-1">
              <Label htmlFor="pack-carton">{t("packing.carton")}</Label>
              <Select value={carton} onValueChange={setCarton}>
                <Select.Trigger id="pack-carton" className="h-12 text-base">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value={RECOMMENDED}>
                    {rec?.mode === "single" && rec.parcels[0] ? t("packing.recommendedOne", { carton: rec.parcels[0].carton_id }) : t("packing.recommendedAny")}
                  </Select.Item>
                  {(cartons ?? []).map((c) => (
                    <Select.Item key={c.code} value={c.code}>
                      {c.code}
                      {c.name ? ` — ${c.name}` : ""}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            <div className="flex min-w-[220px] flex-1 flex-col gap-y-1">
              <Label htmlFor="pack-tracking">{t("packing.trackingOptional")}</Label>
              <Input
                id="pack-tracking"
                className="h-12 text-base"
                placeholder={t("packing.trackingHint")}
                value={tracking}
                onChange={(e) => setTracking(e.target.value)}
              />
            </div>
          </div>
          <Button
            size="large"
            className="h-14 w-full text-lg"
            disabled={!allScanned}
            isLoading={complete.isPending}
            onClick={onComplete}
          >
            {allScanned ? t("packing.complete") : t("packing.completeLeft", { count: session.progress.remaining_units })}
          </Button>
        </div>
      ) : (
        <div
          data-shipment-stage={stage}
          className={clx(
            "flex flex-col gap-y-3 rounded-lg border-2 p-4",
            stage === "canceled" ? "border-ui-border-base bg-ui-bg-subtle" : "border-ui-tag-green-border bg-ui-tag-green-bg"
          )}
        >
          <span className={clx("text-2xl font-bold", stage !== "canceled" && "text-ui-tag-green-text")}>{t(`packing.headline.${stage}`)}</span>
          <Text size="small">
            {session.carton_code ? t("packing.cartonUsed", { carton: session.carton_code }) : t("packing.recommendedPacking")}
            {tracking_numbers.length ? ` · ${t("packing.tracking", { numbers: tracking_numbers.join(", ") })}` : ""}
          </Text>
          {next_action === "ship" && (
            <div className="flex flex-wrap items-end gap-2">
              <div className="flex min-w-[220px] flex-1 flex-col gap-y-1">
                <Label htmlFor="ship-tracking">{t("packing.trackingNumbers")}</Label>
                <Input id="ship-tracking" className="h-12 text-base" value={tracking} onChange={(e) => setTracking(e.target.value)} />
              </div>
              <Button
                size="large"
                className="h-12"
                disabled={!trackingNumbers.length}
                isLoading={ship.isPending}
                onClick={() =>
                  ship.mutate(
                    { tracking_numbers: trackingNumbers },
                    {
                      onSuccess: () => setTracking(""),
                      onError: failed(t("packing.toast.shipFailed")),
                    }
                  )
                }
              >
                {t("packing.markShipped")}
              </Button>
            </div>
          )}
          {next_action === "deliver" && (
            <Button
              size="large"
              variant="secondary"
              className="h-12"
              isLoading={deliver.isPending}
              onClick={() =>
                deliver.mutate({}, { onError: failed(t("packing.toast.deliverFailed")) })
              }
            >
              {t("packing.markDelivered")}
            </Button>
          )}
          {(next_action === null || next_action === "ship" || next_action === "deliver") && (
            <Text size="small" className="text-ui-fg-subtle">
              {t("packing.next")}
            </Text>
          )}
        </div>
      )}

    </div>
  )
}
