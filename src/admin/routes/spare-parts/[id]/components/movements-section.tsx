import { Badge, Container, Table, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"

import { PagePager } from "../../../../components/spare-parts/page-pager"
import { EmptyState, ErrorState, LoadingState, SectionHeader } from "../../../../components/states"
import { SparePart, useStockLocations } from "../../../../hooks/api/spare-parts"
import { useStockMovements } from "../../../../hooks/api/stock"
import { formatDateTime } from "../../../../lib/format"

const PAGE_SIZE = 10

/** The part's stock ledger, newest first (GET /admin/stock-movements?part_id=). */
export const MovementsSection = ({ part }: { part: SparePart }) => {
  const { t, i18n } = useTranslation()
  const [page, setPage] = useState(0)
  const { stock_movements, count, isPending, isError, error, refetch } = useStockMovements({
    part_id: part.id,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  })
  const { stock_locations } = useStockLocations()
  const locationName = useMemo(
    () => new Map((stock_locations ?? []).map((location) => [location.id, location.name])),
    [stock_locations]
  )

  if (isPending) {
    return <LoadingState rows={3} />
  }
  if (isError) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }
  const pages = Math.max(1, Math.ceil((count ?? 0) / PAGE_SIZE))

  return (
    <Container className="divide-y p-0" data-testid="aftersales-part-movements-section">
      <SectionHeader
        title={t("aftersales.stock.movements.title")}
        description={t("aftersales.stock.movements.description")}
      />
      {!stock_movements?.length ? (
        <EmptyState inline title={t("aftersales.stock.movements.empty")} />
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("aftersales.stock.movements.columns.when")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.stock.movements.columns.type")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.stock.columns.location")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("aftersales.stock.movements.columns.quantity")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.stock.movements.columns.reference")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.stock.movements.columns.reason")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {stock_movements.map((movement) => (
                <Table.Row key={movement.id} data-testid="aftersales-part-movement-row">
                  <Table.Cell>{formatDateTime(movement.occurred_at, i18n.language)}</Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" color={movement.metadata?.reversal_of ? "grey" : undefined}>
                      {t(`aftersales.stock.types.${movement.type}`)}
                      {movement.metadata?.reversal_of ? ` (${t("aftersales.stock.movements.reversal")})` : ""}
                    </Badge>
                  </Table.Cell>
                  <Table.Cell>{locationName.get(movement.location_id) ?? movement.location_id}</Table.Cell>
                  <Table.Cell className="text-right">
                    <Text
                      size="small"
                      weight="plus"
                      className={movement.quantity < 0 ? "text-ui-fg-error" : "text-ui-fg-interactive"}
                      data-testid="aftersales-part-movement-quantity"
                    >
                      {movement.quantity > 0 ? `+${movement.quantity}` : movement.quantity}
                    </Text>
                  </Table.Cell>
                  <Table.Cell>
                    {movement.reference_type && movement.reference_type !== "manual"
                      ? `${t(`aftersales.stock.references.${movement.reference_type}`, {
                          defaultValue: movement.reference_type,
                        })} ${movement.reference_type === "transfer" ? "" : movement.reference_id ?? ""}`
                      : "-"}
                  </Table.Cell>
                  <Table.Cell className="max-w-[240px] truncate">{movement.reason ?? "-"}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <PagePager page={page} pages={pages} onPageChange={setPage} />
        </>
      )}
    </Container>
  )
}
