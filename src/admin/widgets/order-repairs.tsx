import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Wrench } from "@medusajs/icons"
import { Button, Container, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { PermissionGate } from "../components/permission-gate"
import { ErrorState, SectionHeader } from "../components/states"
import { REPAIR_PERMISSIONS, RepairOrder, useRepairOrders } from "../hooks/api/repair-orders"
import { formatDateTime } from "../lib/format"
import { CreateRepairDrawer, RepairPrefill } from "../routes/repair-orders/components/create-repair-drawer"
import { RepairStageBadge, WarrantyBadge } from "../routes/repair-orders/components/shared"

const FINISHED = ["resolved", "closed", "canceled"]

const RepairList = ({ repairs, testId }: { repairs: RepairOrder[]; testId: string }) => {
  const { i18n } = useTranslation()
  return (
    <ul className="divide-y" data-testid={testId}>
      {repairs.map((repair) => (
        <li key={repair.id}>
          <Link
            to={`/repair-orders/${repair.id}`}
            className="hover:bg-ui-bg-base-hover flex flex-col gap-y-1 px-6 py-3 transition-colors"
            data-testid="aftersales-order-repair"
          >
            <div className="flex items-center justify-between gap-x-2">
              <Text size="small" weight="plus" className="truncate">
                <span className="font-mono">{repair.number}</span> {repair.product_title}
              </Text>
              <Text size="xsmall" className="text-ui-fg-muted whitespace-nowrap">
                {formatDateTime(repair.created_at, i18n.language)}
              </Text>
            </div>
            <div className="flex items-center gap-x-1">
              <RepairStageBadge stage={repair.stage} category={repair.stage_category} />
              <WarrantyBadge status={repair.warranty_status} />
            </div>
          </Link>
        </li>
      ))}
    </ul>
  )
}

const OrderRepairs = ({ order }: { order: AdminOrder }) => {
  const { t } = useTranslation()
  const [prefill, setPrefill] = useState<RepairPrefill | null>(null)
  const { repair_orders, isPending, isError, error, refetch } = useRepairOrders({
    order_id: order.id,
    limit: 50,
    order: "-created_at",
  })
  const open = (repair_orders ?? []).filter((repair) => !FINISHED.includes(repair.stage_category))
  const past = (repair_orders ?? []).filter((repair) => FINISHED.includes(repair.stage_category))

  return (
    <Container className="divide-y p-0" data-testid="aftersales-order-repairs">
      <SectionHeader title={t("aftersales.repairs.widget.title")} />
      {isPending ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("aftersales.common.loading")}
        </Text>
      ) : isError ? (
        <ErrorState inline error={error} onRetry={() => refetch()} />
      ) : (
        <>
          <div className="flex flex-col">
            <Text size="small" weight="plus" className="px-6 pt-3">
              {t("aftersales.repairs.widget.open", { count: open.length })}
            </Text>
            {open.length ? (
              <RepairList repairs={open} testId="aftersales-order-repairs-open" />
            ) : (
              <Text size="small" className="text-ui-fg-muted px-6 py-2">
                {t("aftersales.repairs.widget.noOpen")}
              </Text>
            )}
          </div>
          {past.length > 0 && (
            <div className="flex flex-col">
              <Text size="small" weight="plus" className="px-6 pt-3">
                {t("aftersales.repairs.widget.past", { count: past.length })}
              </Text>
              <RepairList repairs={past} testId="aftersales-order-repairs-past" />
            </div>
          )}
        </>
      )}
      <PermissionGate permission={REPAIR_PERMISSIONS.WRITE}>
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Text size="small" weight="plus">
            {t("aftersales.repairs.widget.startTitle")}
          </Text>
          {(order.items ?? []).map((item) => (
            <div key={item.id} className="flex items-center justify-between gap-x-3" data-testid="aftersales-order-repair-item">
              <Text size="small" className="truncate">
                {[item.product_title ?? item.title, item.variant_title].filter(Boolean).join(" · ")} ×{item.quantity}
              </Text>
              <Button
                size="small"
                variant="secondary"
                onClick={() =>
                  setPrefill({
                    customer_id: order.customer_id ?? null,
                    order_id: order.id,
                    order_display_id: order.display_id ?? null,
                    line_item_id: item.id,
                  })
                }
                data-testid="aftersales-order-repair-start"
              >
                <Wrench />
                {t("aftersales.repairs.widget.start")}
              </Button>
            </div>
          ))}
        </div>
      </PermissionGate>
      <CreateRepairDrawer
        open={!!prefill}
        prefill={prefill ?? undefined}
        onOpenChange={(value) => !value && setPrefill(null)}
      />
    </Container>
  )
}

/** Open and past repairs of the order, and "Start repair" for each of its items. */
const OrderRepairsWidget = ({ data }: DetailWidgetProps<AdminOrder>) =>
  data?.id ? (
    <PermissionGate permission={REPAIR_PERMISSIONS.READ}>
      <OrderRepairs order={data} />
    </PermissionGate>
  ) : null

export const config = defineWidgetConfig({
  zone: "order.details.after",
})

export default OrderRepairsWidget
