import { ArrowPath } from "@medusajs/icons"
import { Badge, Button, Container, Text, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import {
  CUSTOMER_PROFILE_PERMISSIONS,
  useCustomerOrders,
  useCustomerServiceProfile,
  useCustomerTiers,
  useOpenTicketCount,
  useRecomputeCustomerProfile,
} from "../../hooks/api/customer-profiles"
import { useAftersalesPermissions } from "../../hooks/use-permissions"
import { getErrorMessage } from "../../lib/errors"
import { formatDateTime, toBcp47 } from "../../lib/format"
import { PERMISSIONS } from "../../lib/permissions"
import { PermissionGate } from "../permission-gate"
import { ErrorState, SectionHeader } from "../states"
import { formatMoney, LifecycleBadge, TierBadge } from "./profile-badges"
import { CustomerWarranties } from "../../routes/warranties/components/customer-warranties"

const Figure = ({ label, value, testId }: { label: string; value: string; testId?: string }) => (
  <div className="flex flex-col gap-y-0.5">
    <Text size="xsmall" className="text-ui-fg-muted">
      {label}
    </Text>
    <Text size="small" weight="plus" data-testid={testId}>
      {value}
    </Text>
  </div>
)

const PurchasedProducts = ({ customerId }: { customerId: string }) => {
  const { t, i18n } = useTranslation()
  const { data, isPending, isError, error, refetch } = useCustomerOrders(customerId)
  if (isPending) {
    return (
      <Text size="small" className="text-ui-fg-muted px-6 py-3">
        {t("aftersales.common.loading")}
      </Text>
    )
  }
  if (isError) {
    return <ErrorState inline error={error} onRetry={() => refetch()} />
  }
  const lines = (data?.orders ?? []).flatMap((order) =>
    (order.items ?? []).map((item) => ({ order, item }))
  )
  if (!lines.length) {
    return (
      <Text size="small" className="text-ui-fg-muted px-6 py-3">
        {t("aftersales.customerProfiles.widget.noPurchases")}
      </Text>
    )
  }
  return (
    <ul className="divide-y" data-testid="aftersales-purchased-products">
      {lines.map(({ order, item }) => (
        <li key={item.id}>
          <Link
            to={`/orders/${order.id}`}
            className="hover:bg-ui-bg-base-hover flex items-center justify-between gap-x-2 px-6 py-2 transition-colors"
          >
            <div className="flex min-w-0 flex-col">
              <Text size="small" leading="compact" weight="plus" className="truncate">
                {item.product_title ?? item.title}
                {item.variant_title ? ` · ${item.variant_title}` : ""}
                {item.quantity > 1 ? ` × ${item.quantity}` : ""}
              </Text>
              <Text size="xsmall" className="text-ui-fg-muted">
                {t("aftersales.customerProfiles.widget.orderNumber", { number: order.display_id })}
              </Text>
            </div>
            <div className="flex items-center gap-x-2 whitespace-nowrap">
              {order.status === "canceled" && (
                <Badge size="2xsmall" color="grey">
                  {t("aftersales.customerProfiles.widget.canceled")}
                </Badge>
              )}
              <Text size="xsmall" className="text-ui-fg-muted">
                {formatDateTime(order.created_at, i18n.language)}
              </Text>
            </div>
          </Link>
        </li>
      ))}
    </ul>
  )
}

/**
 * A customer's service profile: tier, lifecycle, figures, open tickets and purchased products.
 * Shown on the host customer page and beside a ticket.
 */
export const CustomerServicePanel = ({ customerId }: { customerId: string }) => {
  const { t, i18n } = useTranslation()
  const locale = toBcp47(i18n.language)
  const { can } = useAftersalesPermissions()
  const { data: profile, isPending, isError, error, refetch } = useCustomerServiceProfile(customerId)
  const { data: tiers } = useCustomerTiers()
  const openTickets = useOpenTicketCount(customerId, can(PERMISSIONS.SERVICE_TICKETS_READ))
  const recompute = useRecomputeCustomerProfile(customerId)

  const onRecompute = () =>
    recompute.mutate(undefined, {
      onSuccess: () => toast.success(t("aftersales.customerProfiles.widget.recomputed")),
      onError: (err) => toast.error(getErrorMessage(err, t("aftersales.common.unknownError"))),
    })

  const tierName = tiers?.customer_tiers.find((tier) => tier.code === profile?.value_tier)?.name

  return (
    <Container className="divide-y p-0" data-testid="aftersales-customer-profile">
      <SectionHeader
        title={t("aftersales.customerProfiles.widget.title")}
        actions={
          <PermissionGate permission={CUSTOMER_PROFILE_PERMISSIONS.WRITE}>
            <Button size="small" variant="transparent" onClick={onRecompute} isLoading={recompute.isPending}>
              <ArrowPath />
              {profile
                ? t("aftersales.customerProfiles.widget.recompute")
                : t("aftersales.customerProfiles.widget.computeNow")}
            </Button>
          </PermissionGate>
        }
      />
      {isPending ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("aftersales.common.loading")}
        </Text>
      ) : isError ? (
        <ErrorState inline error={error} onRetry={() => refetch()} />
      ) : !profile ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4" data-testid="aftersales-profile-missing">
          {t("aftersales.customerProfiles.widget.notComputed")}
        </Text>
      ) : (
        <>
          <div className="flex flex-wrap items-center gap-2 px-6 py-3">
            <TierBadge code={profile.value_tier} name={tierName} />
            <LifecycleBadge stage={profile.lifecycle_stage} />
            <Text size="xsmall" className="text-ui-fg-muted ml-auto">
              {t("aftersales.customerProfiles.widget.computedAt", {
                date: formatDateTime(profile.computed_at, i18n.language),
              })}
            </Text>
          </div>
          <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4">
            <Figure
              label={t("aftersales.customerProfiles.fields.orderCount")}
              value={String(profile.order_count)}
              testId="aftersales-profile-order-count"
            />
            <Figure
              label={t("aftersales.customerProfiles.fields.totalSpent")}
              value={formatMoney(profile.total_spent, profile.currency_code, locale)}
              testId="aftersales-profile-total-spent"
            />
            <Figure
              label={t("aftersales.customerProfiles.fields.lastOrderAt")}
              value={formatDateTime(profile.last_order_at, i18n.language)}
            />
            {can(PERMISSIONS.SERVICE_TICKETS_READ) && (
              <Figure
                label={t("aftersales.customerProfiles.widget.openTickets")}
                value={openTickets.data ? String(openTickets.data.count) : "-"}
                testId="aftersales-profile-open-tickets"
              />
            )}
          </div>
        </>
      )}
      <div>
        <Text size="small" weight="plus" className="px-6 pt-3">
          {t("aftersales.customerProfiles.widget.purchasedProducts")}
        </Text>
        <PurchasedProducts customerId={customerId} />
      </div>
      <div className="px-6 py-3">
        <Text size="small" weight="plus">
          {t("aftersales.customerProfiles.widget.warranties")}
        </Text>
        <CustomerWarranties customerId={customerId} />
      </div>
    </Container>
  )
}
