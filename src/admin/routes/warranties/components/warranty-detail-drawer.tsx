import { Button, Drawer, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import { KeyValueRow } from "../../../components/key-value"
import { PermissionGate } from "../../../components/permission-gate"
import { LoadingState } from "../../../components/states"
import { useUpdateWarranty, useVoidWarranty, useWarranty, WARRANTY_PERMISSIONS } from "../../../hooks/api/warranties"
import { getErrorMessage } from "../../../lib/errors"
import { EntitlementSummary, formatDay, WarrantyStatusBadge } from "./shared"

/** One registration: its data, coverage now, serial number edit and void. */
export const WarrantyDetailDrawer = ({ id, onClose }: { id: string | null; onClose: () => void }) => {
  const { t, i18n } = useTranslation()
  const { warranty, isPending } = useWarranty(id)
  const update = useUpdateWarranty()
  const voidWarranty = useVoidWarranty()
  const [serial, setSerial] = useState("")
  const [reason, setReason] = useState("")
  useEffect(() => {
    setSerial(warranty?.serial_number ?? "")
    setReason("")
  }, [warranty?.id, warranty?.serial_number])

  const saveSerial = async () => {
    try {
      await update.mutateAsync({ id: id!, serial_number: serial.trim() || null })
      toast.success(t("aftersales.warranties.toasts.serialSaved"))
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }
  const onVoid = async () => {
    try {
      await voidWarranty.mutateAsync({ id: id!, reason: reason.trim() })
      toast.success(t("aftersales.warranties.toasts.voided"))
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }
  const day = (value: string | null | undefined) => formatDay(value, i18n.language)

  return (
    <Drawer open={!!id} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content data-testid="aftersales-warranty-drawer" aria-describedby={undefined}>
        <Drawer.Header>
          <Drawer.Title>{t("aftersales.warranties.detail.title")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto p-0">
          {isPending || !warranty ? (
            <LoadingState />
          ) : (
            <>
              <div className="divide-y">
                <KeyValueRow label={t("aftersales.warranties.fields.status")} value={<WarrantyStatusBadge status={warranty.status} />} />
                <KeyValueRow label={t("aftersales.warranties.fields.kind")} value={t(`aftersales.warranties.kinds.${warranty.kind}`)} />
                <KeyValueRow label={t("aftersales.warranties.fields.product")} value={`${warranty.product_title ?? "-"}${warranty.variant_title ? ` · ${warranty.variant_title}` : ""}`} />
                <KeyValueRow label={t("aftersales.warranties.fields.sku")} value={warranty.sku ?? "-"} />
                <KeyValueRow label={t("aftersales.warranties.fields.serial")} value={warranty.serial_number ?? "-"} />
                <KeyValueRow
                  label={t("aftersales.warranties.fields.order")}
                  value={warranty.order_display_id ? `${t("aftersales.warranties.orderNumber", { number: warranty.order_display_id })} · ${t("aftersales.warranties.unitOf", { unit: warranty.unit_index })}` : t(`aftersales.warranties.sources.${warranty.source}`)}
                />
                <KeyValueRow label={t("aftersales.warranties.fields.customer")} value={warranty.customer_name ?? warranty.customer_email ?? warranty.customer_id ?? "-"} />
                <KeyValueRow label={t("aftersales.warranties.fields.policy")} value={warranty.policy?.name ?? "-"} />
                <KeyValueRow label={t("aftersales.warranties.fields.coverage")} value={t(`aftersales.warranties.coverages.${warranty.coverage}`)} />
                <KeyValueRow label={t("aftersales.warranties.fields.purchasedAt")} value={day(warranty.purchased_at)} />
                <KeyValueRow label={t("aftersales.warranties.fields.startsAt")} value={day(warranty.starts_at)} />
                <KeyValueRow label={t("aftersales.warranties.fields.endsAt")} value={day(warranty.ends_at)} />
                {warranty.void_reason && <KeyValueRow label={t("aftersales.warranties.fields.voidReason")} value={warranty.void_reason} />}
              </div>
              {warranty.entitlement && (
                <div className="flex flex-col gap-y-2 px-6">
                  <Text size="small" weight="plus">{t("aftersales.warranties.detail.entitlement")}</Text>
                  <EntitlementSummary entitlement={warranty.entitlement} />
                </div>
              )}
              <PermissionGate permission={WARRANTY_PERMISSIONS.WRITE}>
                <div className="flex flex-col gap-y-2 px-6">
                  <Label size="small" weight="plus">{t("aftersales.warranties.detail.editSerial")}</Label>
                  <div className="flex gap-x-2">
                    <Input size="small" value={serial} onChange={(event) => setSerial(event.target.value)} data-testid="aftersales-warranty-serial-input" />
                    <Button size="small" variant="secondary" onClick={saveSerial} isLoading={update.isPending}>
                      {t("aftersales.warranties.detail.saveSerial")}
                    </Button>
                  </div>
                </div>
                {warranty.status !== "voided" && (
                  <div className="flex flex-col gap-y-2 px-6 pb-6">
                    <Label size="small" weight="plus">{t("aftersales.warranties.detail.voidReason")}</Label>
                    <Textarea value={reason} onChange={(event) => setReason(event.target.value)} data-testid="aftersales-warranty-void-reason" />
                    <div>
                      <Button size="small" variant="danger" disabled={!reason.trim()} onClick={onVoid} isLoading={voidWarranty.isPending} data-testid="aftersales-warranty-void">
                        {t("aftersales.warranties.detail.voidConfirm")}
                      </Button>
                    </div>
                  </div>
                )}
              </PermissionGate>
            </>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Button size="small" variant="secondary" onClick={onClose}>
            {t("aftersales.warranties.detail.close")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
