import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Input, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { RequirePermission } from "../../../components/permission-gate"
import { PagePager } from "../../../components/spare-parts/page-pager"
import { EmptyState, ErrorState, LoadingState, SectionHeader } from "../../../components/states"
import { useStockLocations } from "../../../hooks/api/spare-parts"
import { useStockPositions } from "../../../hooks/api/stock"
import { StockStatusBadge } from "../components/stock-status-badge"

const STATUS_FILTERS = ["all", "below_reorder_point", "stockout"] as const
type StatusFilter = (typeof STATUS_FILTERS)[number]
const ALL_LOCATIONS = "all"
const PAGE_SIZE = 50

const StockPositionsList = () => {
  const { t } = useTranslation()
  const { stock_locations } = useStockLocations()
  const [locationId, setLocationId] = useState(ALL_LOCATIONS)
  const [status, setStatus] = useState<StatusFilter>("all")
  const [search, setSearch] = useState("")
  const [page, setPage] = useState(0)
  const { stock_positions, count, isPending, isError, error, refetch } = useStockPositions({
    ...(locationId !== ALL_LOCATIONS ? { location_id: locationId } : {}),
    ...(status === "below_reorder_point" ? { below_reorder_point: true } : {}),
    ...(status === "stockout" ? { status: "stockout" } : {}),
    ...(search.trim() ? { q: search.trim() } : {}),
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  })
  const pages = Math.max(1, Math.ceil((count ?? 0) / PAGE_SIZE))

  return (
    <Container className="divide-y p-0" data-testid="aftersales-stock-positions-page">
      <SectionHeader level="h1" title={t("aftersales.stock.positions.title")} description={t("aftersales.stock.positions.description")} />
      <div className="flex flex-wrap items-center gap-2 px-6 py-3">
        <Input
          size="small"
          type="search"
          className="w-60"
          placeholder={t("aftersales.stock.positions.search")}
          value={search}
          onChange={(event) => {
            setSearch(event.target.value)
            setPage(0)
          }}
        />
        <Select
          size="small"
          value={locationId}
          onValueChange={(value) => {
            setLocationId(value)
            setPage(0)
          }}
        >
          <Select.Trigger className="w-56" data-testid="aftersales-stock-positions-location">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL_LOCATIONS}>{t("aftersales.stock.positions.allLocations")}</Select.Item>
            {(stock_locations ?? []).map((location) => (
              <Select.Item key={location.id} value={location.id}>
                {location.name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Select
          size="small"
          value={status}
          onValueChange={(value) => {
            setStatus(value as StatusFilter)
            setPage(0)
          }}
        >
          <Select.Trigger className="w-56" data-testid="aftersales-stock-positions-status">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {STATUS_FILTERS.map((value) => (
              <Select.Item key={value} value={value}>
                {t(`aftersales.stock.positions.filters.${value}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {isPending ? (
        <LoadingState />
      ) : isError ? (
        <ErrorState inline error={error} onRetry={() => refetch()} />
      ) : !stock_positions?.length ? (
        <EmptyState inline title={t("aftersales.stock.positions.empty")} />
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("aftersales.stock.alerts.columns.part")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.stock.columns.location")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("aftersales.stock.columns.onHand")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("aftersales.stock.columns.reserved")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("aftersales.stock.columns.available")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("aftersales.stock.columns.incoming")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("aftersales.stock.columns.reorderPoint")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("aftersales.stock.alerts.columns.suggested")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.stock.columns.status")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {stock_positions.map((position) => (
                <Table.Row key={`${position.part_id}-${position.location_id}`} data-testid="aftersales-stock-position-row">
                  <Table.Cell>
                    <Link to={`/spare-parts/${position.part_id}`} className="text-ui-fg-interactive">
                      {position.part_number}
                    </Link>
                    <Text size="xsmall" className="text-ui-fg-muted">
                      {position.part_name}
                    </Text>
                  </Table.Cell>
                  <Table.Cell>{position.location_name ?? position.location_id}</Table.Cell>
                  <Table.Cell className="text-right">{position.on_hand}</Table.Cell>
                  <Table.Cell className="text-right">{position.reserved}</Table.Cell>
                  <Table.Cell className="text-right">{position.available}</Table.Cell>
                  <Table.Cell className="text-right">{position.incoming}</Table.Cell>
                  <Table.Cell className="text-right">{position.reorder_point ?? "-"}</Table.Cell>
                  <Table.Cell className="text-right">{position.suggested_quantity || "-"}</Table.Cell>
                  <Table.Cell>
                    <StockStatusBadge status={position.status} />
                  </Table.Cell>
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

const StockPositionsPage = () => (
  <RequirePermission permission="spare_parts:read">
    <StockPositionsList />
  </RequirePermission>
)

export const config = defineRouteConfig({
  label: "aftersales.stock.positions.nav",
  translationNs: "translation",
})

export default StockPositionsPage
