import { useEffect, useState, type ReactNode } from "react"
import { Button, Input, Label, Switch, Text, toast } from "@medusajs/ui"
import { useUpdateCenter } from "../../lib/use-centers"
import { errorMessage } from "../../lib/errors"
import { useOmsTranslation } from "../../lib/i18n"
import type { Center } from "../../lib/types"
import {
  serverFieldErrors,
  toFormValues,
  toRequestBody,
  type FieldError,
  type FieldErrors,
  type ProfileField,
  type ProfileFormValues,
} from "./profile-form-state"

const TIME_ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "Asia/Singapore", "UTC"]

const Field = ({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string
  label: string
  hint?: string
  error?: FieldError
  children: ReactNode
}) => {
  const { t } = useOmsTranslation()
  return (
  <div className="flex flex-col gap-y-1.5">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
    </Label>
    {children}
    {error ? (
      <Text size="xsmall" className="text-ui-fg-error">
        {t(`centres.error.${error.key}`, error.params)}
      </Text>
    ) : (
      hint && (
        <Text size="xsmall" className="text-ui-fg-muted">
          {hint}
        </Text>
      )
    )}
  </div>
  )
}

/** Edits a centre's OMS profile; the stock location itself stays Medusa's. */
export const CenterProfileForm = ({ center }: { center: Center }) => {
  const { t } = useOmsTranslation()
  const [values, setValues] = useState<ProfileFormValues>(() => toFormValues(center))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [formError, setFormError] = useState(false)
  const update = useUpdateCenter(center.stock_location_id)

  // Re-sync only when the saved profile really changes (not on every refetch), so edits survive.
  const saved = JSON.stringify(toFormValues(center))
  useEffect(() => {
    setValues(JSON.parse(saved) as ProfileFormValues)
  }, [saved])

  const set = <K extends ProfileField>(key: K, value: ProfileFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }))
    setErrors((e) => ({ ...e, [key]: undefined }))
  }

  const input = (key: Exclude<ProfileField, "active">, props: Record<string, unknown> = {}) => (
    <Input
      id={`oms-center-${key}`}
      value={values[key]}
      onChange={(e) => set(key, e.target.value)}
      aria-invalid={!!errors[key]}
      {...props}
    />
  )

  const save = () => {
    setFormError(false)
    const { body, errors: clientErrors } = toRequestBody(values)
    if (!body) {
      setErrors(clientErrors)
      return
    }
    update.mutate(body, {
      onSuccess: () => {
        setErrors({})
        toast.success(t("centres.saved"), { description: center.name })
      },
      onError: (error) => {
        const fieldErrors = serverFieldErrors(errorMessage(error, ""))
        setErrors(fieldErrors)
        const known = Object.keys(fieldErrors).length > 0
        setFormError(!known)
        toast.error(t("centres.saveFailed"), { description: known ? t("centres.fixFields") : t("centres.tryAgain") })
      },
    })
  }

  return (
    <form
      className="flex flex-col gap-y-5"
      onSubmit={(e) => {
        e.preventDefault()
        save()
      }}
    >
      <div className="flex items-center gap-x-3">
        <Switch
          id="oms-center-active"
          checked={values.active}
          onCheckedChange={(checked) => set("active", checked)}
        />
        <Label htmlFor="oms-center-active" weight="plus">
          {values.active ? t("centres.form.activeOn") : t("centres.form.activeOff")}
        </Label>
      </div>

      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field id="oms-center-latitude" label={t("centres.form.latitude")} error={errors.latitude} hint={t("centres.form.latitudeHint")}>
          {input("latitude", { inputMode: "decimal", placeholder: "-6.2000" })}
        </Field>
        <Field id="oms-center-longitude" label={t("centres.form.longitude")} error={errors.longitude} hint={t("centres.form.longitudeHint")}>
          {input("longitude", { inputMode: "decimal", placeholder: "106.8166" })}
        </Field>
        <Field
          id="oms-center-priority"
          label={t("centres.form.priority")}
          error={errors.priority}
          hint={t("centres.form.priorityHint")}
        >
          {input("priority", { inputMode: "numeric", type: "number", min: 0, step: 1 })}
        </Field>
        <Field
          id="oms-center-daily_order_capacity"
          label={t("centres.form.capacity")}
          error={errors.daily_order_capacity}
          hint={t("centres.form.capacityHint")}
        >
          {input("daily_order_capacity", { inputMode: "numeric", type: "number", min: 0, step: 1, placeholder: t("centres.noLimit") })}
        </Field>
        <Field
          id="oms-center-cutoff_time"
          label={t("centres.form.cutoff")}
          error={errors.cutoff_time}
          hint={t("centres.form.cutoffHint")}
        >
          {input("cutoff_time", { type: "time", placeholder: "14:00" })}
        </Field>
        <Field id="oms-center-time_zone" label={t("centres.form.timeZone")} error={errors.time_zone} hint={t("centres.form.timeZoneHint")}>
          {input("time_zone", { list: "oms-time-zones", placeholder: "Asia/Jakarta" })}
        </Field>
        <Field
          id="oms-center-serves_countries"
          label={t("centres.form.countries")}
          error={errors.serves_countries}
          hint={t("centres.form.countriesHint")}
        >
          {input("serves_countries", { placeholder: "id" })}
        </Field>
        <Field
          id="oms-center-serves_provinces"
          label={t("centres.form.provinces")}
          error={errors.serves_provinces}
          hint={t("centres.form.provincesHint")}
        >
          {input("serves_provinces", { placeholder: "JK, JB, Banten" })}
        </Field>
      </div>
      <datalist id="oms-time-zones">
        {TIME_ZONES.map((tz) => (
          <option key={tz} value={tz} />
        ))}
      </datalist>

      {formError && (
        <Text size="small" className="text-ui-fg-error">
          {t("centres.tryAgain")}
        </Text>
      )}

      <div className="flex items-center justify-end gap-x-2">
        <Button
          type="button"
          variant="secondary"
          size="small"
          onClick={() => {
            setValues(toFormValues(center))
            setErrors({})
            setFormError(false)
          }}
        >
          {t("centres.form.reset")}
        </Button>
        <Button type="submit" size="small" isLoading={update.isPending}>
          {t("centres.form.save")}
        </Button>
      </div>
    </form>
  )
}
