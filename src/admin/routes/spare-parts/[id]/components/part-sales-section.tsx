import { Button, Container, Drawer, Heading, Input, Label, Select, Table, Text, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { PermissionGate } from "../../../../components/permission-gate"
import { ErrorState, LoadingState } from "../../../../components/states"
import { useCreatePartsQuote, usePartSales, useQuoteOptions } from "../../../../hooks/api/parts-demand"
import { SparePart } from "../../../../hooks/api/spare-parts"
import { getErrorMessage } from "../../../../lib/errors"
import { formatDateTime, toBcp47 } from "../../../../lib/format"

const PAGE_SIZE = 10

/** A parts quote: a host draft order of this part for a customer, finished in Draft orders. */
const QuoteDrawer = ({ part, open, onOpenChange }: { part: SparePart; open: boolean; onOpenChange: (open: boolean) => void }) => {
  const { t } = useTranslation()
  const [search, setSearch] = useState("")
  const [customerId, setCustomerId] = useState("")
  const [regionId, setRegionId] = useState("")
  const [salesChannelId, setSalesChannelId] = useState("")
  const [quantity, setQuantity] = useState("1")
  const { customers, regions, salesChannels } = useQuoteOptions(search, open)
  const create = useCreatePartsQuote()
  const [created, setCreated] = useState<{ id: string; display_id: number } | null>(null)

  useEffect(() => {
    if (open) {
      setCreated(null)
      setQuantity("1")
    }
  }, [open])
  useEffect(() => {
    if (!regionId && regions[0]) {
      setRegionId(regions[0].id)
    }
    if (!salesChannelId && salesChannels[0]) {
      setSalesChannelId(salesChannels[0].id)
    }
  }, [regions, salesChannels, regionId, salesChannelId])

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const amount = Number(quantity)
    if (!customerId || !regionId || !Number.isInteger(amount) || amount < 1) {
      toast.error(t("aftersales.partsSales.quote.incomplete"))
      return
    }
    try {
      const { draft_order } = await create.mutateAsync({
        customer_id: customerId,
        region_id: regionId,
        sales_channel_id: salesChannelId || null,
        lines: [{ part_id: part.id, quantity: amount }],
      })
      setCreated(draft_order)
      toast.success(t("aftersales.partsSales.quote.created", { displayId: draft_order.display_id }))
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content data-testid="aftersales-quote-drawer" aria-describedby={undefined}>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{t("aftersales.partsSales.quote.title", { partNumber: part.part_number })}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            <Text size="small" className="text-ui-fg-subtle">
              {t("aftersales.partsSales.quote.description")}
            </Text>
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus">
                {t("aftersales.partsSales.quote.customer")}
              </Label>
              <Input size="small" placeholder={t("aftersales.partsSales.quote.searchCustomer")} value={search} onChange={(e) => setSearch(e.target.value)} />
              <Select value={customerId} onValueChange={setCustomerId}>
                <Select.Trigger data-testid="aftersales-quote-customer">
                  <Select.Value placeholder={t("aftersales.partsSales.quote.chooseCustomer")} />
                </Select.Trigger>
                <Select.Content>
                  {customers.map((customer) => (
                    <Select.Item key={customer.id} value={customer.id}>
                      {[customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email} · {customer.email}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            <div className="grid grid-cols-2 gap-3">
              <div className="flex flex-col gap-y-2">
                <Label size="small" weight="plus">
                  {t("aftersales.partsSales.quote.region")}
                </Label>
                <Select value={regionId} onValueChange={setRegionId}>
                  <Select.Trigger>
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {regions.map((region) => (
                      <Select.Item key={region.id} value={region.id}>
                        {region.name} ({region.currency_code.toUpperCase()})
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </div>
              <div className="flex flex-col gap-y-2">
                <Label size="small" weight="plus">
                  {t("aftersales.partsSales.quote.salesChannel")}
                </Label>
                <Select value={salesChannelId} onValueChange={setSalesChannelId}>
                  <Select.Trigger>
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {salesChannels.map((channel) => (
                      <Select.Item key={channel.id} value={channel.id}>
                        {channel.name}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </div>
            </div>
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="aftersales-quote-quantity">
                {t("aftersales.partsSales.fields.quantity")}
              </Label>
              <Input id="aftersales-quote-quantity" size="small" type="number" min={1} value={quantity} onChange={(e) => setQuantity(e.target.value)} />
            </div>
            {created && (
              <Link to={`/draft-orders/${created.id}`} className="text-ui-fg-interactive txt-small hover:underline" data-testid="aftersales-quote-link">
                {t("aftersales.partsSales.quote.open", { displayId: created.display_id })}
              </Link>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("aftersales.common.close")}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={create.isPending} data-testid="aftersales-quote-save">
              {t("aftersales.partsSales.quote.submit")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

/** Parts sales of this part, from the ledger's sale rows (one per order and fulfilment). */
export const PartSalesSection = ({ part }: { part: SparePart }) => {
  const { t, i18n } = useTranslation()
  const [page, setPage] = useState(0)
  const [quoting, setQuoting] = useState(false)
  const { sales, totals, count, isPending, isError, error, refetch } = usePartSales(part.id, {
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  })
  const money = (amount: number, currency: string | null) => {
    try {
      return new Intl.NumberFormat(toBcp47(i18n.language), { style: "currency", currency: (currency ?? "eur").toUpperCase() }).format(amount)
    } catch {
      return `${amount.toFixed(2)} ${currency ?? ""}`
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="aftersales-part-sales">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h2">{t("aftersales.partsSales.title")}</Heading>
          {totals && (
            <Text size="small" className="text-ui-fg-subtle" data-testid="aftersales-part-sales-totals">
              {t("aftersales.partsSales.totals", { quantity: totals.quantity, orders: totals.orders })}
              {Object.entries(totals.revenue).map(([currency, amount]) => ` · ${money(amount, currency)}`)}
            </Text>
          )}
        </div>
        {part.variant_id && (
          <PermissionGate permission="spare_parts:write">
            <Button size="small" variant="secondary" onClick={() => setQuoting(true)} data-testid="aftersales-quote-create">
              {t("aftersales.partsSales.quote.button")}
            </Button>
          </PermissionGate>
        )}
      </div>
      {isPending ? (
        <LoadingState rows={2} />
      ) : isError ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : !sales?.length ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("aftersales.partsSales.empty")}
        </Text>
      ) : (
        <div>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("aftersales.partsSales.fields.order")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.partsSales.fields.quantity")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.partsSales.fields.revenue")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.partsSales.fields.fulfilledAt")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {sales.map((sale) => (
                <Table.Row key={sale.id}>
                  <Table.Cell>
                    <Link to={`/orders/${sale.order_id}`} className="text-ui-fg-interactive hover:underline">
                      #{sale.order_display_id ?? sale.order_id}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{sale.quantity}</Table.Cell>
                  <Table.Cell>{money(sale.revenue, sale.currency_code)}</Table.Cell>
                  <Table.Cell>{formatDateTime(sale.occurred_at, i18n.language)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Table.Pagination
            count={count ?? 0}
            pageSize={PAGE_SIZE}
            pageIndex={page}
            pageCount={Math.max(1, Math.ceil((count ?? 0) / PAGE_SIZE))}
            canPreviousPage={page > 0}
            canNextPage={(page + 1) * PAGE_SIZE < (count ?? 0)}
            previousPage={() => setPage((current) => current - 1)}
            nextPage={() => setPage((current) => current + 1)}
          />
        </div>
      )}
      <QuoteDrawer part={part} open={quoting} onOpenChange={setQuoting} />
    </Container>
  )
}
