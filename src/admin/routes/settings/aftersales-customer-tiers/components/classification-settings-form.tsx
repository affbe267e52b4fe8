import { Button, Input, Label, Switch, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import {
  ClassificationSettings,
  useUpdateClassificationSettings,
} from "../../../../hooks/api/customer-profiles"
import { getErrorMessage } from "../../../../lib/errors"

export const ClassificationSettingsForm = ({
  settings,
  editable,
}: {
  settings: ClassificationSettings
  editable: boolean
}) => {
  const { t } = useTranslation()
  const [dormantDays, setDormantDays] = useState(String(settings.dormant_after_days))
  const [mirror, setMirror] = useState(settings.mirror_customer_groups)
  const update = useUpdateClassificationSettings()
  useEffect(() => {
    setDormantDays(String(settings.dormant_after_days))
    setMirror(settings.mirror_customer_groups)
  }, [settings])

  const dirty =
    dormantDays !== String(settings.dormant_after_days) || mirror !== settings.mirror_customer_groups

  const onSave = () =>
    update.mutate(
      { dormant_after_days: Number(dormantDays), mirror_customer_groups: mirror },
      {
        onSuccess: () => toast.success(t("aftersales.customerProfiles.settings.saved")),
        onError: (error) => toast.error(getErrorMessage(error, t("aftersales.common.unknownError"))),
      }
    )

  return (
    <div className="flex flex-col gap-y-4 px-6 py-4" data-testid="aftersales-classification-settings">
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="dormant_after_days" size="small" weight="plus">
          {t("aftersales.customerProfiles.settings.dormantAfterDays")}
        </Label>
        <Input
          id="dormant_after_days"
          name="dormant_after_days"
          type="number"
          size="small"
          className="max-w-[160px]"
          min={1}
          value={dormantDays}
          disabled={!editable}
          onChange={(event) => setDormantDays(event.target.value)}
        />
        <Text size="xsmall" className="text-ui-fg-muted">
          {t("aftersales.customerProfiles.settings.dormantHint")}
        </Text>
      </div>
      <div className="flex items-start gap-x-3">
        <Switch
          id="mirror_customer_groups"
          checked={mirror}
          disabled={!editable}
          onCheckedChange={setMirror}
        />
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="mirror_customer_groups" size="small" weight="plus">
            {t("aftersales.customerProfiles.settings.mirror")}
          </Label>
          <Text size="xsmall" className="text-ui-fg-muted">
            {t("aftersales.customerProfiles.settings.mirrorHint")}
          </Text>
        </div>
      </div>
      {editable && (
        <div>
          <Button size="small" variant="secondary" disabled={!dirty} onClick={onSave} isLoading={update.isPending}>
            {t("aftersales.common.save")}
          </Button>
        </div>
      )}
    </div>
  )
}
