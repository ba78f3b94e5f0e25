import { Button, Input, Label, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { errorMessage, errorStatus } from "../../lib/errors"
import { useOmsTranslation } from "../../lib/i18n"
import { STOCK_SETTING_FIELDS, type EffectiveStockSettings, type StockSettingField } from "../../lib/stock-health-types"
import { fieldBounds, fieldOfError, fromInput, toInput } from "../../lib/stock-settings-form"
import { useSaveStockSettings } from "../../lib/use-stock-health"

type Scope = "sku" | "centre"
type Texts = Record<StockSettingField, string>

const own = (settings: EffectiveStockSettings, scope: Scope): Texts =>
  Object.fromEntries(STOCK_SETTING_FIELDS.map((f) => [f, settings.source[f] === scope ? toInput(f, settings[f]) : ""])) as Texts

/**
 * The reorder settings of one centre, or of this SKU at the centre. An empty field uses the next
 * level (the centre's, then the store's default); each field says where its value comes from.
 */
export const StockSettingsForm = ({
  scope,
  settings,
  stockLocationId,
  inventoryItemId,
}: {
  scope: Scope
  settings: EffectiveStockSettings
  stockLocationId: string
  inventoryItemId?: string
}) => {
  const { t, locale } = useOmsTranslation()
  const save = useSaveStockSettings()
  const [texts, setTexts] = useState<Texts>(() => own(settings, scope))
  const [errors, setErrors] = useState<Partial<Record<StockSettingField, string>>>({})
  const [formError, setFormError] = useState<string | null>(null)
  useEffect(() => {
    setTexts(own(settings, scope))
    setErrors({})
  }, [JSON.stringify(settings), scope])

  const number = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n)
  const shown = (f: StockSettingField, v: number) => (f === "service_level" ? `${number(v * 100)}%` : t("stockHealth.settings.daysValue", { count: v, days: number(v) }))
  const rangeText = (f: StockSettingField) => {
    const { min, max } = fieldBounds(f)
    return t(f === "service_level" ? "stockHealth.settings.rangePercent" : "stockHealth.settings.rangeDays", { min: number(min), max: number(max) })
  }
  const sourceText = (f: StockSettingField) => {
    const source = settings.source[f]
    if (source === scope) return t(`stockHealth.settings.own.${scope}`)
    return t(`stockHealth.settings.from.${source}`, { value: shown(f, settings[f]) })
  }

  const submit = () => {
    const next: Partial<Record<StockSettingField, string>> = {}
    const body: Partial<Record<StockSettingField, number | null>> = {}
    const initial = own(settings, scope)
    for (const f of STOCK_SETTING_FIELDS) {
      const parsed = fromInput(f, texts[f])
      if ("problem" in parsed) next[f] = parsed.problem === "notNumber" ? t("stockHealth.settings.notNumber") : rangeText(f)
      else if (texts[f].trim() !== initial[f]) body[f] = parsed.value
    }
    setErrors(next)
    setFormError(null)
    if (Object.keys(next).length) return
    if (!Object.keys(body).length) return toast.info(t("stockHealth.settings.nothingChanged"))
    save.mutate(
      { stock_location_id: stockLocationId, ...(scope === "sku" && inventoryItemId ? { inventory_item_id: inventoryItemId } : {}), ...body },
      {
        onSuccess: () => toast.success(t("stockHealth.settings.saved"), { description: t("stockHealth.settings.savedText") }),
        onError: (error) => {
          const field = errorStatus(error) === 400 ? fieldOfError(errorMessage(error, "")) : null
          if (field) setErrors({ [field]: rangeText(field) })
          else setFormError(errorMessage(error, t("common.tryAgain")))
        },
      }
    )
  }

  return (
    <form
      className="flex flex-col gap-y-4"
      data-stock-settings={scope}
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
    >
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {STOCK_SETTING_FIELDS.map((f) => {
          const id = `oms-setting-${scope}-${f}`
          return (
            <div key={f} className="flex flex-col gap-y-1">
              <Label htmlFor={id} size="small" weight="plus">
                {t(`stockHealth.settings.field.${f}`)}
              </Label>
              <div className="flex items-center gap-x-2">
                <Input
                  id={id}
                  size="small"
                  inputMode="decimal"
                  className="max-w-[140px]"
                  value={texts[f]}
                  placeholder={toInput(f, settings[f])}
                  aria-invalid={!!errors[f]}
                  aria-describedby={`${id}-hint`}
                  onChange={(e) => setTexts({ ...texts, [f]: e.target.value })}
                />
                <Text size="small" className="text-ui-fg-subtle">
                  {f === "service_level" ? "%" : t("stockHealth.settings.daysUnit")}
                </Text>
              </div>
              <Text id={`${id}-hint`} size="xsmall" className={errors[f] ? "text-ui-fg-error" : "text-ui-fg-subtle"} data-field-error={errors[f] ? f : undefined}>
                {errors[f] ?? sourceText(f)}
              </Text>
              <Text size="xsmall" className="text-ui-fg-muted">
                {t(`stockHealth.settings.help.${f}`)}
              </Text>
            </div>
          )
        })}
      </div>
      {formError && (
        <Text size="small" className="text-ui-fg-error">
          {formError}
        </Text>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button size="small" type="submit" isLoading={save.isPending}>
          {t("stockHealth.settings.save")}
        </Button>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t(`stockHealth.settings.emptyMeans.${scope}`)}
        </Text>
      </div>
    </form>
  )
}
