import { Badge, Button, Drawer, Label, Text, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"

import {
  PurchaseOrderStatus,
  RequisitionStatus,
  useStockLocations,
  useSuppliers,
} from "../../../hooks/api/procurement"
import { getErrorMessage } from "../../../lib/errors"
import { toBcp47 } from "../../../lib/format"

type BadgeColor = "green" | "orange" | "red" | "blue" | "grey" | "purple"

const REQUISITION_COLORS: Record<RequisitionStatus, BadgeColor> = {
  draft: "grey",
  pending_approval: "orange",
  approved: "green",
  rejected: "red",
  converted: "blue",
  canceled: "grey",
}

const ORDER_COLORS: Record<PurchaseOrderStatus, BadgeColor> = {
  draft: "grey",
  ordered: "blue",
  partially_received: "orange",
  received: "green",
  closed: "purple",
  canceled: "grey",
}

export const RequisitionStatusBadge = ({ status }: { status: RequisitionStatus }) => {
  const { t } = useTranslation()
  return (
    <Badge size="2xsmall" color={REQUISITION_COLORS[status]} data-testid="aftersales-requisition-status" data-status={status}>
      {t(`aftersales.procurement.requisitionStatuses.${status}`)}
    </Badge>
  )
}

export const PurchaseOrderStatusBadge = ({ status }: { status: PurchaseOrderStatus }) => {
  const { t } = useTranslation()
  return (
    <Badge size="2xsmall" color={ORDER_COLORS[status]} data-testid="aftersales-purchase-order-status" data-status={status}>
      {t(`aftersales.procurement.orderStatuses.${status}`)}
    </Badge>
  )
}

/** Money in the admin's language, e.g. "€185.00" or "€185.00" in zh-CN. */
export const useFormatMoney = () => {
  const { i18n } = useTranslation()
  return (amount: number | null | undefined, currencyCode: string) => {
    if (amount === null || amount === undefined) {
      return "-"
    }
    try {
      return new Intl.NumberFormat(toBcp47(i18n.language), {
        style: "currency",
        currency: currencyCode.toUpperCase(),
      }).format(Number(amount))
    } catch {
      return `${Number(amount).toFixed(2)} ${currencyCode.toUpperCase()}`
    }
  }
}

export const formatPercent = (value: number | null | undefined) =>
  value === null || value === undefined ? "-" : `${Math.round(value * 1000) / 10}%`

export const formatDate = (value: string | null | undefined, language?: string) =>
  value ? new Date(value).toLocaleDateString(toBcp47(language)) : "-"

/** Names of host stock locations and suppliers by id. */
export const useProcurementNames = () => {
  const { stock_locations } = useStockLocations()
  const { suppliers } = useSuppliers({ limit: 500, fields: "id,code,name,currency_code,is_active" })
  return useMemo(
    () => ({
      locations: new Map((stock_locations ?? []).map((location) => [location.id, location.name])),
      suppliers: new Map((suppliers ?? []).map((supplier) => [supplier.id, supplier.name])),
      supplierList: suppliers ?? [],
      locationList: stock_locations ?? [],
    }),
    [stock_locations, suppliers]
  )
}

/** Asks for the reason of a rejection, cancellation or short close, then runs the action. */
export const ReasonDrawer = ({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  required = true,
  onConfirm,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description?: string
  confirmLabel: string
  required?: boolean
  onConfirm: (reason: string) => Promise<unknown>
}) => {
  const { t } = useTranslation()
  const [reason, setReason] = useState("")
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (open) {
      setReason("")
    }
  }, [open])

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    try {
      await onConfirm(reason.trim())
      onOpenChange(false)
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content data-testid="aftersales-reason-drawer" aria-describedby={undefined}>
        <form onSubmit={onSubmit} className="flex h-full flex-col">
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-3">
            {description && (
              <Text size="small" className="text-ui-fg-subtle">
                {description}
              </Text>
            )}
            <Label size="small" weight="plus" htmlFor="aftersales-reason">
              {t("aftersales.procurement.fields.reason")}
            </Label>
            <Textarea
              id="aftersales-reason"
              name="reason"
              required={required}
              maxLength={2000}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("aftersales.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={busy} data-testid="aftersales-reason-confirm">
              {confirmLabel}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
