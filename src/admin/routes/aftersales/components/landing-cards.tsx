import {
  ArchiveBox,
  ArrowRightMini,
  BellAlert,
  BuildingStorefront,
  ChartBar,
  ChatBubbleLeftRight,
  Component,
  CheckCircle,
  DocumentText,
  History,
  ShieldCheck,
} from "@medusajs/icons"
import { Container, Text } from "@medusajs/ui"
import { ComponentType } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { PERMISSIONS } from "../../../lib/permissions"

/**
 * One card on the After-sales landing page. Each area of the plugin adds one entry to
 * `LANDING_CARDS`; a card shows only when the user holds its permission.
 */
export type LandingCard = {
  id: string
  /** Which group of cards it belongs to on the landing page. */
  group: "operations" | "settings"
  titleKey: string
  descriptionKey: string
  to: string
  icon: ComponentType<{ className?: string }>
  permission: string
}

export const LANDING_CARDS: LandingCard[] = [
  {
    id: "service-desk",
    group: "operations",
    titleKey: "aftersales.landing.cards.serviceDesk.title",
    descriptionKey: "aftersales.landing.cards.serviceDesk.description",
    to: "/service-tickets",
    icon: ChatBubbleLeftRight,
    permission: PERMISSIONS.SERVICE_TICKETS_READ,
  },
  {
    id: "spare-parts",
    group: "operations",
    titleKey: "aftersales.spareParts.landing.title",
    descriptionKey: "aftersales.spareParts.landing.description",
    to: "/spare-parts",
    icon: Component,
    permission: "spare_parts:read",
  },
  {
    id: "stock-alerts",
    group: "operations",
    titleKey: "aftersales.stock.landing.alerts.title",
    descriptionKey: "aftersales.stock.landing.alerts.description",
    to: "/spare-parts/alerts",
    icon: BellAlert,
    permission: "spare_parts:read",
  },
  {
    id: "stocktakes",
    group: "operations",
    titleKey: "aftersales.stock.landing.stocktakes.title",
    descriptionKey: "aftersales.stock.landing.stocktakes.description",
    to: "/spare-parts/stocktakes",
    icon: CheckCircle,
    permission: "stocktakes:read",
  },
  {
    id: "procurement",
    group: "operations",
    titleKey: "aftersales.procurement.landing.procurement.title",
    descriptionKey: "aftersales.procurement.landing.procurement.description",
    to: "/procurement",
    icon: DocumentText,
    permission: "purchasing:read",
  },
  {
    id: "suppliers",
    group: "operations",
    titleKey: "aftersales.procurement.landing.suppliers.title",
    descriptionKey: "aftersales.procurement.landing.suppliers.description",
    to: "/suppliers",
    icon: BuildingStorefront,
    permission: "suppliers:read",
  },
  {
    id: "scrap-requests",
    group: "operations",
    titleKey: "aftersales.scrap.landing.title",
    descriptionKey: "aftersales.scrap.landing.description",
    to: "/scrap-requests",
    icon: ArchiveBox,
    permission: "scrap:read",
  },
  {
    id: "parts-forecast",
    group: "operations",
    titleKey: "aftersales.forecast.landing.title",
    descriptionKey: "aftersales.forecast.landing.description",
    to: "/spare-parts/forecast",
    icon: ChartBar,
    permission: "spare_parts:read",
  },
  {
    id: "roles",
    group: "settings",
    titleKey: "aftersales.landing.cards.roles.title",
    descriptionKey: "aftersales.landing.cards.roles.description",
    to: "/settings/aftersales-roles",
    icon: ShieldCheck,
    permission: PERMISSIONS.ROLES_READ,
  },
  {
    id: "audit-log",
    group: "settings",
    titleKey: "aftersales.landing.cards.auditLog.title",
    descriptionKey: "aftersales.landing.cards.auditLog.description",
    to: "/settings/aftersales-audit-log",
    icon: History,
    permission: PERMISSIONS.AUDIT_LOG_READ,
  },
  {
    id: "webhooks",
    group: "settings",
    titleKey: "aftersales.landing.cards.webhooks.title",
    descriptionKey: "aftersales.landing.cards.webhooks.description",
    to: "/settings/aftersales-webhooks",
    icon: BellAlert,
    permission: PERMISSIONS.WEBHOOKS_READ,
  },
  {
    id: "approval-rules",
    group: "settings",
    titleKey: "aftersales.procurement.landing.approvalRules.title",
    descriptionKey: "aftersales.procurement.landing.approvalRules.description",
    to: "/settings/aftersales-approval-rules",
    icon: CheckCircle,
    permission: "purchasing:read",
  },
]

export const LandingCardLink = ({ card }: { card: LandingCard }) => {
  const { t } = useTranslation()
  const Icon = card.icon

  return (
    <Link
      to={card.to}
      className="outline-none focus-visible:shadow-borders-focus rounded-lg"
      data-testid={`aftersales-card-${card.id}`}
    >
      <Container className="hover:bg-ui-bg-base-hover flex h-full items-start gap-x-4 px-6 py-4 transition-colors">
        <div className="bg-ui-bg-subtle border-ui-border-base text-ui-fg-subtle flex size-8 shrink-0 items-center justify-center rounded-md border">
          <Icon />
        </div>
        <div className="flex flex-1 flex-col gap-y-1">
          <Text size="small" leading="compact" weight="plus">
            {t(card.titleKey)}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {t(card.descriptionKey)}
          </Text>
        </div>
        <ArrowRightMini className="text-ui-fg-muted mt-0.5 shrink-0" />
      </Container>
    </Link>
  )
}
