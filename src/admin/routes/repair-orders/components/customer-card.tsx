import { Container } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { SectionHeader } from "../../../components/states"
import { useStockLocations } from "../../../hooks/api/procurement"
import { RepairOrderDetail } from "../../../hooks/api/repair-orders"
import { repairCustomerLabel, Row } from "./shared"

const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover"

/** Who brought the unit in, the host order and line it was bought on, and the unit itself. */
export const CustomerCard = ({ repair }: { repair: RepairOrderDetail }) => {
  const { t } = useTranslation()
  const { stock_locations } = useStockLocations()
  const location = stock_locations?.find((candidate) => candidate.id === repair.location_id)

  return (
    <Container className="divide-y p-0" data-testid="aftersales-repair-customer">
      <SectionHeader title={t("aftersales.repairs.customerCard.title")} />
      <div className="flex flex-col py-2">
        <Row label={t("aftersales.repairs.fields.customer")}>
          {repair.customer_id ? (
            <Link to={`/customers/${repair.customer_id}`} className={linkClass}>
              {repairCustomerLabel(repair)}
            </Link>
          ) : (
            repairCustomerLabel(repair)
          )}
        </Row>
        {repair.customer_email && (
          <Row label={t("aftersales.repairs.fields.customerEmail")}>{repair.customer_email}</Row>
        )}
        <Row label={t("aftersales.repairs.fields.order")}>
          {repair.order_id ? (
            <Link to={`/orders/${repair.order_id}`} className={linkClass} data-testid="aftersales-repair-order-link">
              #{repair.order_display_id ?? repair.order_id}
            </Link>
          ) : (
            t("aftersales.repairs.customerCard.soldElsewhere")
          )}
        </Row>
        <Row label={t("aftersales.repairs.fields.product")}>{repair.product_title ?? "-"}</Row>
        <Row label={t("aftersales.repairs.fields.serial")} testId="aftersales-repair-serial">
          <span className="font-mono">{repair.serial_number ?? "-"}</span>
        </Row>
        <Row label={t("aftersales.repairs.fields.source")}>
          {t(`aftersales.repairs.sources.${repair.source}`, { defaultValue: repair.source })}
        </Row>
        {repair.service_ticket_id && (
          <Row label={t("aftersales.repairs.fields.serviceTicket")}>
            <Link to={`/service-tickets/${repair.service_ticket_id}`} className={linkClass}>
              {t("aftersales.repairs.customerCard.openTicket")}
            </Link>
          </Row>
        )}
        <Row label={t("aftersales.repairs.fields.arrivalMode")}>
          {t(`aftersales.repairs.arrivalModes.${repair.arrival_mode}`, { defaultValue: repair.arrival_mode })}
        </Row>
        {repair.return_id && (
          <Row label={t("aftersales.repairs.fields.return")}>
            <span className="font-mono">{repair.return_id}</span>
          </Row>
        )}
        <Row label={t("aftersales.repairs.fields.location")}>{location?.name ?? repair.location_id ?? "-"}</Row>
      </div>
    </Container>
  )
}
