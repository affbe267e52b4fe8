import { ArrowPath } from "@medusajs/icons"
import {
  Container,
  createDataTableColumnHelper,
  Label,
  Select,
  toast,
} from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"

import { DataTable } from "../../../../components/data-table"
import { ErrorState } from "../../../../components/states"
import {
  useRedeliverWebhookDelivery,
  useWebhookDeliveries,
} from "../../../../hooks/api/webhooks"
import { usePagination } from "../../../../hooks/use-pagination"
import { useAftersalesPermissions } from "../../../../hooks/use-permissions"
import { getErrorMessage } from "../../../../lib/errors"
import { formatDateTime } from "../../../../lib/format"
import { PERMISSIONS } from "../../../../lib/permissions"
import {
  WebhookDelivery,
  WebhookDeliveryStatus,
} from "../../../../lib/types"
import { DeliveryDrawer } from "./delivery-drawer"
import { DeliveryStatusBadge } from "./webhook-status-badge"

const PAGE_SIZE = 20
const ANY = "__any__"
const STATUSES: WebhookDeliveryStatus[] = ["pending", "succeeded", "failed"]
const columnHelper = createDataTableColumnHelper<WebhookDelivery>()

export const DeliveriesSection = ({ webhookId }: { webhookId: string }) => {
  const { t, i18n } = useTranslation()
  const { can } = useAftersalesPermissions()
  const canConfigure = can(PERMISSIONS.WEBHOOKS_CONFIGURE)
  const [status, setStatus] = useState<WebhookDeliveryStatus | undefined>()
  const [selected, setSelected] = useState<WebhookDelivery | null>(null)
  const { pagination, setPagination, resetPagination, limit, offset } =
    usePagination(PAGE_SIZE)

  const { webhook_deliveries, count, isPending, isError, error, refetch } =
    useWebhookDeliveries(
      webhookId,
      { limit, offset, ...(status ? { status } : {}) },
      { placeholderData: keepPreviousData }
    )
  const redeliver = useRedeliverWebhookDelivery()

  const onRedeliver = async (delivery: WebhookDelivery) => {
    try {
      await redeliver.mutateAsync(delivery.id)
      toast.success(t("aftersales.deliveries.toasts.redelivered"))
    } catch (e) {
      toast.error(getErrorMessage(e, t("aftersales.common.unknownError")))
    }
  }

  const columns = useMemo(
    () => [
      columnHelper.accessor("status", {
        size: 130,
        header: t("aftersales.deliveries.fields.status"),
        cell: ({ getValue }) => <DeliveryStatusBadge status={getValue()} />,
      }),
      columnHelper.accessor("event_name", {
        size: 260,
        minSize: 180,
        header: t("aftersales.deliveries.fields.event"),
        cell: ({ getValue }) => (
          <span className="font-mono txt-compact-small">{getValue()}</span>
        ),
      }),
      columnHelper.accessor("response_status", {
        size: 110,
        header: t("aftersales.deliveries.fields.responseStatus"),
        cell: ({ getValue }) => getValue() ?? "-",
      }),
      columnHelper.accessor("attempts", {
        size: 100,
        header: t("aftersales.deliveries.fields.attempts"),
      }),
      columnHelper.accessor("next_attempt_at", {
        size: 180,
        header: t("aftersales.deliveries.fields.nextAttempt"),
        cell: ({ getValue }) => formatDateTime(getValue(), i18n.language),
      }),
      columnHelper.accessor("created_at", {
        size: 180,
        header: t("aftersales.deliveries.fields.time"),
        cell: ({ getValue }) => formatDateTime(getValue(), i18n.language),
      }),
      ...(canConfigure
        ? [
            columnHelper.action({
              actions: (ctx) => [
                {
                  label: t("aftersales.deliveries.redeliver"),
                  icon: <ArrowPath />,
                  onClick: () => onRedeliver(ctx.row.original),
                },
              ],
            }),
          ]
        : []),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language, canConfigure]
  )

  if (isError) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }

  return (
    <Container className="divide-y p-0" data-testid="aftersales-deliveries-section">
      <DataTable
        testId="aftersales-deliveries-table"
        data={webhook_deliveries}
        columns={columns}
        getRowId={(row) => row.id}
        rowCount={count}
        isLoading={isPending}
        pagination={{ state: pagination, onPaginationChange: setPagination }}
        heading={t("aftersales.deliveries.title")}
        subHeading={t("aftersales.deliveries.description")}
        onRowClick={(row) => setSelected(row)}
        actions={
          <div className="flex items-center gap-x-2">
            <Label size="xsmall" htmlFor="aftersales-delivery-status" className="text-ui-fg-subtle">
              {t("aftersales.deliveries.fields.status")}
            </Label>
            <Select
              size="small"
              value={status ?? ANY}
              onValueChange={(value) => {
                setStatus(value === ANY ? undefined : (value as WebhookDeliveryStatus))
                resetPagination()
              }}
            >
              <Select.Trigger id="aftersales-delivery-status" className="w-[160px]">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ANY}>{t("aftersales.common.all")}</Select.Item>
                {STATUSES.map((s) => (
                  <Select.Item key={s} value={s}>
                    {t(`aftersales.deliveries.status.${s}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        }
        emptyState={{
          empty: status
            ? {
                heading: t("aftersales.deliveries.empty.filteredTitle"),
                description: t("aftersales.deliveries.empty.filteredDescription"),
              }
            : {
                heading: t("aftersales.deliveries.empty.title"),
                description: t("aftersales.deliveries.empty.description"),
              },
        }}
      />
      <DeliveryDrawer delivery={selected} onClose={() => setSelected(null)} />
    </Container>
  )
}
