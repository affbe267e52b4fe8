import { ArrowsPointingOut, Plus } from "@medusajs/icons"
import { Button, Container, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"

import { PermissionGate } from "../../../../components/permission-gate"
import { EmptyState, ErrorState, LoadingState, SectionHeader } from "../../../../components/states"
import type { SparePart } from "../../../../hooks/api/spare-parts"
import { usePartStock } from "../../../../hooks/api/stock"
import { StockMovementDrawer } from "../../components/stock-movement-drawer"
import { StockStatusBadge } from "../../components/stock-status-badge"

/** Stock of the part at every location, from the host inventory levels; records movements. */
export const StockSection = ({ part }: { part: SparePart }) => {
  const { t } = useTranslation()
  const { stock_positions, totals, isPending, isError, error, refetch } = usePartStock(part.id)
  const [drawerOpen, setDrawerOpen] = useState(false)

  if (isPending) {
    return <LoadingState rows={2} />
  }
  if (isError) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }

  return (
    <Container className="divide-y p-0" data-testid="aftersales-part-stock-section">
      <SectionHeader
        title={t("aftersales.stock.section.title")}
        description={t("aftersales.stock.section.description")}
        actions={
          <PermissionGate permission="spare_parts:write">
            <Button
              size="small"
              variant="secondary"
              onClick={() => setDrawerOpen(true)}
              data-testid="aftersales-part-record-movement"
            >
              <Plus />
              {t("aftersales.stock.section.record")}
            </Button>
          </PermissionGate>
        }
      />
      {!stock_positions?.length ? (
        <EmptyState inline icon={<ArrowsPointingOut />} title={t("aftersales.stock.section.empty")} />
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("aftersales.stock.columns.location")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("aftersales.stock.columns.onHand")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("aftersales.stock.columns.reserved")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("aftersales.stock.columns.available")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("aftersales.stock.columns.incoming")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("aftersales.stock.columns.reorderPoint")}</Table.HeaderCell>
              <Table.HeaderCell>{t("aftersales.stock.columns.status")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {stock_positions.map((position) => (
              <Table.Row key={position.location_id} data-testid="aftersales-part-stock-row">
                <Table.Cell>{position.location_name ?? position.location_id}</Table.Cell>
                <Table.Cell className="text-right">{position.on_hand}</Table.Cell>
                <Table.Cell className="text-right">{position.reserved}</Table.Cell>
                <Table.Cell className="text-right" data-testid="aftersales-part-stock-available">
                  {position.available}
                </Table.Cell>
                <Table.Cell className="text-right">{position.incoming}</Table.Cell>
                <Table.Cell className="text-right">{position.reorder_point ?? "-"}</Table.Cell>
                <Table.Cell>
                  <StockStatusBadge status={position.status} />
                </Table.Cell>
              </Table.Row>
            ))}
            {stock_positions.length > 1 && totals && (
              <Table.Row>
                <Table.Cell>
                  <Text size="small" weight="plus">
                    {t("aftersales.stock.section.total")}
                  </Text>
                </Table.Cell>
                <Table.Cell className="text-right">{totals.on_hand}</Table.Cell>
                <Table.Cell className="text-right">{totals.reserved}</Table.Cell>
                <Table.Cell className="text-right">{totals.available}</Table.Cell>
                <Table.Cell className="text-right">{totals.incoming}</Table.Cell>
                <Table.Cell />
                <Table.Cell />
              </Table.Row>
            )}
          </Table.Body>
        </Table>
      )}
      <StockMovementDrawer partId={part.id} open={drawerOpen} onOpenChange={setDrawerOpen} />
    </Container>
  )
}
