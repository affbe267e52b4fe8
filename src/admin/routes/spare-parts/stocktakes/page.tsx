import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Plus } from "@medusajs/icons"
import { Button, Container, Drawer, Input, Label, Select, Switch, Table, Text, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"

import { PermissionGate, RequirePermission } from "../../../components/permission-gate"
import { EmptyState, ErrorState, LoadingState, SectionHeader } from "../../../components/states"
import { useStockLocations } from "../../../hooks/api/spare-parts"
import { useOpenStocktake, useStocktakes } from "../../../hooks/api/stock"
import { getErrorMessage } from "../../../lib/errors"
import { formatDateTime } from "../../../lib/format"
import { StocktakeStatusBadge } from "./stocktake-status-badge"

const OpenStocktakeDrawer = ({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const openStocktake = useOpenStocktake()
  const { stock_locations } = useStockLocations()
  const [locationId, setLocationId] = useState("")
  const [blindCount, setBlindCount] = useState(false)
  const [category, setCategory] = useState("")
  const [notes, setNotes] = useState("")

  useEffect(() => {
    if (open) {
      setLocationId(stock_locations?.[0]?.id ?? "")
      setBlindCount(false)
      setCategory("")
      setNotes("")
    }
  }, [open, stock_locations])

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (!locationId) {
      toast.error(t("aftersales.stock.drawer.pickLocation"))
      return
    }
    try {
      const { stocktake } = await openStocktake.mutateAsync({
        location_id: locationId,
        blind_count: blindCount,
        filter_category: category.trim() || null,
        notes: notes.trim() || null,
      })
      toast.success(t("aftersales.stock.stocktakes.opened", { number: stocktake.number }))
      onOpenChange(false)
      navigate(`/spare-parts/stocktakes/${stocktake.id}`)
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content data-testid="aftersales-stocktake-open-drawer" aria-describedby={undefined}>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{t("aftersales.stock.stocktakes.openTitle")}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus">
                {t("aftersales.stock.columns.location")}
              </Label>
              <Select size="small" value={locationId} onValueChange={setLocationId}>
                <Select.Trigger data-testid="aftersales-stocktake-location">
                  <Select.Value placeholder={t("aftersales.stock.drawer.pickLocation")} />
                </Select.Trigger>
                <Select.Content>
                  {(stock_locations ?? []).map((location) => (
                    <Select.Item key={location.id} value={location.id}>
                      {location.name}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            <div className="flex items-start gap-x-3">
              <Switch id="aftersales-stocktake-blind" checked={blindCount} onCheckedChange={setBlindCount} />
              <div className="flex flex-col gap-y-1">
                <Label size="small" weight="plus" htmlFor="aftersales-stocktake-blind">
                  {t("aftersales.stock.stocktakes.blindCount")}
                </Label>
                <Text size="xsmall" className="text-ui-fg-muted">
                  {t("aftersales.stock.stocktakes.blindCountHint")}
                </Text>
              </div>
            </div>
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="aftersales-stocktake-category">
                {t("aftersales.stock.stocktakes.category")}{" "}
                <span className="text-ui-fg-muted">({t("aftersales.common.optional")})</span>
              </Label>
              <Input id="aftersales-stocktake-category" value={category} onChange={(event) => setCategory(event.target.value)} />
            </div>
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="aftersales-stocktake-notes">
                {t("aftersales.stock.stocktakes.notes")}{" "}
                <span className="text-ui-fg-muted">({t("aftersales.common.optional")})</span>
              </Label>
              <Textarea id="aftersales-stocktake-notes" value={notes} onChange={(event) => setNotes(event.target.value)} />
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("aftersales.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={openStocktake.isPending} data-testid="aftersales-stocktake-open-submit">
              {t("aftersales.stock.stocktakes.open")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

const StocktakesList = () => {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const [drawerOpen, setDrawerOpen] = useState(false)
  const { stocktakes, isPending, isError, error, refetch } = useStocktakes({ limit: 100 })
  const { stock_locations } = useStockLocations()
  const locationName = useMemo(
    () => new Map((stock_locations ?? []).map((location) => [location.id, location.name])),
    [stock_locations]
  )

  return (
    <Container className="divide-y p-0" data-testid="aftersales-stocktakes-page">
      <SectionHeader
        level="h1"
        title={t("aftersales.stock.stocktakes.title")}
        description={t("aftersales.stock.stocktakes.description")}
        actions={
          <PermissionGate permission="stocktakes:write">
            <Button size="small" variant="secondary" onClick={() => setDrawerOpen(true)} data-testid="aftersales-stocktake-new">
              <Plus />
              {t("aftersales.stock.stocktakes.open")}
            </Button>
          </PermissionGate>
        }
      />
      {isPending ? (
        <LoadingState />
      ) : isError ? (
        <ErrorState inline error={error} onRetry={() => refetch()} />
      ) : !stocktakes?.length ? (
        <EmptyState inline title={t("aftersales.stock.stocktakes.empty")} />
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("aftersales.stock.stocktakes.columns.number")}</Table.HeaderCell>
              <Table.HeaderCell>{t("aftersales.stock.columns.location")}</Table.HeaderCell>
              <Table.HeaderCell>{t("aftersales.stock.columns.status")}</Table.HeaderCell>
              <Table.HeaderCell>{t("aftersales.stock.stocktakes.blindCount")}</Table.HeaderCell>
              <Table.HeaderCell>{t("aftersales.common.createdAt")}</Table.HeaderCell>
              <Table.HeaderCell>{t("aftersales.stock.stocktakes.columns.posted")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {stocktakes.map((stocktake) => (
              <Table.Row
                key={stocktake.id}
                className="cursor-pointer"
                onClick={() => navigate(`/spare-parts/stocktakes/${stocktake.id}`)}
                data-testid="aftersales-stocktake-row"
              >
                <Table.Cell>{stocktake.number}</Table.Cell>
                <Table.Cell>{locationName.get(stocktake.location_id) ?? stocktake.location_id}</Table.Cell>
                <Table.Cell>
                  <StocktakeStatusBadge status={stocktake.status} />
                </Table.Cell>
                <Table.Cell>{stocktake.blind_count ? t("aftersales.stock.stocktakes.yes") : "-"}</Table.Cell>
                <Table.Cell>{formatDateTime(stocktake.created_at, i18n.language)}</Table.Cell>
                <Table.Cell>{formatDateTime(stocktake.posted_at, i18n.language)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <OpenStocktakeDrawer open={drawerOpen} onOpenChange={setDrawerOpen} />
    </Container>
  )
}

const StocktakesPage = () => (
  <RequirePermission permission="stocktakes:read">
    <StocktakesList />
  </RequirePermission>
)

export const config = defineRouteConfig({
  label: "aftersales.stock.stocktakes.nav",
  translationNs: "translation",
})

export default StocktakesPage
