import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Label, Select, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { CardStatus } from "../../../components/common/card-status"
import { RoutingSettingsHistory } from "../../../components/settings/routing-settings-history"
import { SettingNumberField } from "../../../components/settings/setting-number-field"
import { errorMessage } from "../../../lib/errors"
import { useOmsTranslation } from "../../../lib/i18n"
import { formatCount } from "../../../lib/kpi-format"
import { useRoutingSettings, useSaveRoutingSettings } from "../../../lib/use-routing-settings"
import { ROUTING_STRATEGIES } from "../../../../lib/routing/types"

type NumberField = "max_shipments" | "per_parcel" | "per_kg_km"
const NUMBER_FIELDS: NumberField[] = ["max_shipments", "per_parcel", "per_kg_km"]
const DEFAULT = "default"

/** Settings → Order routing: how orders choose their centre, saved in the store instead of the config file. */
const RoutingSettingsPage = () => {
  const { t, locale } = useOmsTranslation()
  const { data, isLoading, error } = useRoutingSettings()
  const save = useSaveRoutingSettings()
  const [strategy, setStrategy] = useState<string>(DEFAULT)
  const [numbers, setNumbers] = useState<Record<NumberField, string>>({ max_shipments: "", per_parcel: "", per_kg_km: "" })
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<string, string>>>({})

  // the form starts from what is saved (empty = the store default)
  useEffect(() => {
    if (!data) return
    setStrategy(data.settings.stored.strategy ?? DEFAULT)
    setNumbers({
      max_shipments: data.settings.stored.max_shipments?.toString() ?? "",
      per_parcel: data.settings.stored.per_parcel?.toString() ?? "",
      per_kg_km: data.settings.stored.per_kg_km?.toString() ?? "",
    })
  }, [data])

  const strategyName = (code: string | null | undefined) => (code ? t(`routingSettings.strategy.${code}.label`) : "—")
  const valueText = (field: string, value: unknown) =>
    value === null || value === undefined ? t("routingSettings.storeDefault") : field === "strategy" ? strategyName(String(value)) : formatCount(Number(value), locale)

  const submit = () => {
    const patch: Record<string, unknown> = { strategy: strategy === DEFAULT ? null : strategy }
    for (const f of NUMBER_FIELDS) patch[f] = numbers[f].trim() === "" ? null : Number(numbers[f])
    setFieldErrors({})
    save.mutate(patch as never, {
      onSuccess: (res) => toast.success(res.changed ? t("routingSettings.saved") : t("routingSettings.unchanged")),
      onError: (e) => {
        const message = errorMessage(e, t("common.tryAgain"))
        const field = ["strategy", ...NUMBER_FIELDS].find((f) => message.includes(f))
        if (field) setFieldErrors({ [field]: t(`routingSettings.invalid.${field}`) })
        else toast.error(t("routingSettings.saveFailed"), { description: message })
      },
    })
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-col px-6 py-4">
          <Heading level="h1">{t("routingSettings.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle max-w-[720px]">
            {t("routingSettings.text")}
          </Text>
        </div>
        <CardStatus isLoading={isLoading} error={error} errorTitle={t("routingSettings.errorTitle")} />
        {data && (
          <form
            className="flex flex-col gap-y-6 px-6 py-4"
            onSubmit={(e) => {
              e.preventDefault()
              submit()
            }}
          >
            <div className="flex max-w-[560px] flex-col gap-y-1">
              <Label htmlFor="oms-strategy" size="small" weight="plus">
                {t("routingSettings.field.strategy")}
              </Label>
              <Select value={strategy} onValueChange={setStrategy}>
                <Select.Trigger id="oms-strategy">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value={DEFAULT}>{t("routingSettings.storeDefaultIs", { value: strategyName(data.defaults.strategy) })}</Select.Item>
                  {ROUTING_STRATEGIES.map((s) => (
                    <Select.Item key={s} value={s}>
                      {strategyName(s)}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t(`routingSettings.strategy.${strategy === DEFAULT ? data.defaults.strategy : strategy}.hint`)}
              </Text>
              {fieldErrors.strategy && (
                <Text size="xsmall" className="text-ui-fg-error">
                  {fieldErrors.strategy}
                </Text>
              )}
            </div>
            {NUMBER_FIELDS.map((f) => (
              <SettingNumberField
                key={f}
                id={`oms-${f}`}
                label={t(`routingSettings.field.${f}`)}
                hint={t(`routingSettings.hint.${f}`)}
                value={numbers[f]}
                step={f === "max_shipments" ? 1 : 0.01}
                defaultText={formatCount(data.defaults[f], locale)}
                saved={data.settings.stored[f] !== null}
                error={fieldErrors[f]}
                onChange={(v) => setNumbers((n) => ({ ...n, [f]: v }))}
                onUseDefault={() => setNumbers((n) => ({ ...n, [f]: "" }))}
              />
            ))}
            <Text size="xsmall" className="text-ui-fg-muted max-w-[720px]">
              {t("routingSettings.zonesNote")}
            </Text>
            <div>
              <Button type="submit" size="small" isLoading={save.isPending}>
                {t("routingSettings.save")}
              </Button>
            </div>
          </form>
        )}
      </Container>
      {data && (
        <Container className="flex flex-col gap-y-3 px-6 py-4">
          <Heading level="h2">{t("routingSettings.historyTitle")}</Heading>
          <RoutingSettingsHistory changes={data.changes} valueText={valueText} />
        </Container>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "nav.routingSettings",
  translationNs: "medusa-oms",
})

export default RoutingSettingsPage
