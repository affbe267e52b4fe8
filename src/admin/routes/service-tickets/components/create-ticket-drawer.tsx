import {
  Button,
  Drawer,
  Input,
  Label,
  Select,
  Textarea,
  toast,
} from "@medusajs/ui"
import { FormEvent, ReactNode, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"

import {
  useCreateServiceTicket,
  useCustomerOrders,
  useCustomerSearch,
} from "../../../hooks/api/service-tickets"
import { getErrorMessage } from "../../../lib/errors"
import {
  CustomerSummary,
  TICKET_CHANNELS,
  TICKET_PRIORITIES,
  TICKET_TYPES,
  TicketChannel,
  TicketPriority,
  TicketType,
} from "../../../lib/types"

const NO_ORDER = "__none__"

export function customerDisplayName(customer: CustomerSummary): string {
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
  return name ? `${name} (${customer.email ?? customer.id})` : customer.email ?? customer.id
}

const Field = ({
  id,
  label,
  children,
}: {
  id: string
  label: string
  children: ReactNode
}) => (
  <div className="flex flex-col gap-y-2">
    <Label size="small" weight="plus" htmlFor={id}>
      {label}
    </Label>
    {children}
  </div>
)

export const CreateTicketDrawer = ({
  open,
  onOpenChange,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [customerQuery, setCustomerQuery] = useState("")
  const [customerId, setCustomerId] = useState("")
  const [orderId, setOrderId] = useState("")
  const [subject, setSubject] = useState("")
  const [description, setDescription] = useState("")
  const [type, setType] = useState<TicketType>("inquiry")
  const [channel, setChannel] = useState<TicketChannel>("phone")
  const [priority, setPriority] = useState<TicketPriority>("normal")

  const customers = useCustomerSearch(customerQuery, { enabled: open })
  const orders = useCustomerOrders(customerId, { enabled: open && !!customerId })
  const create = useCreateServiceTicket()

  useEffect(() => {
    if (open) {
      setCustomerQuery("")
      setCustomerId("")
      setOrderId("")
      setSubject("")
      setDescription("")
      setType("inquiry")
      setChannel("phone")
      setPriority("normal")
    }
  }, [open])

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (!customerId || !subject.trim()) {
      return
    }
    try {
      const { service_ticket } = await create.mutateAsync({
        customer_id: customerId,
        order_id: orderId || undefined,
        subject: subject.trim(),
        description: description.trim() || undefined,
        type,
        channel,
        priority,
      })
      toast.success(
        t("aftersales.serviceDesk.toasts.created", { number: service_ticket.number })
      )
      onOpenChange(false)
      navigate(`/service-tickets/${service_ticket.id}`)
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  const enumSelect = <T extends string>(
    id: string,
    value: T,
    onChange: (value: T) => void,
    values: readonly T[],
    labelPrefix: string
  ) => (
    <Select value={value} onValueChange={(v) => onChange(v as T)}>
      <Select.Trigger id={id}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {values.map((v) => (
          <Select.Item key={v} value={v}>
            {t(`${labelPrefix}.${v}`)}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content data-testid="aftersales-ticket-create-drawer" aria-describedby={undefined}>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{t("aftersales.serviceDesk.create.title")}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            <Field id="ticket-customer" label={t("aftersales.serviceDesk.fields.customer")}>
              <Input
                size="small"
                type="search"
                placeholder={t("aftersales.serviceDesk.create.searchCustomer")}
                value={customerQuery}
                onChange={(e) => setCustomerQuery(e.target.value)}
                data-testid="aftersales-ticket-customer-search"
              />
              <Select
                value={customerId}
                onValueChange={(v) => {
                  setCustomerId(v)
                  setOrderId("")
                }}
              >
                <Select.Trigger id="ticket-customer">
                  <Select.Value placeholder={t("aftersales.serviceDesk.create.selectCustomer")} />
                </Select.Trigger>
                <Select.Content>
                  {(customers.customers ?? []).map((customer) => (
                    <Select.Item key={customer.id} value={customer.id}>
                      {customerDisplayName(customer)}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </Field>
            <Field
              id="ticket-order"
              label={`${t("aftersales.serviceDesk.fields.order")} (${t("aftersales.common.optional")})`}
            >
              <Select
                value={orderId || NO_ORDER}
                onValueChange={(v) => setOrderId(v === NO_ORDER ? "" : v)}
                disabled={!customerId}
              >
                <Select.Trigger id="ticket-order">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value={NO_ORDER}>
                    {t("aftersales.serviceDesk.create.noOrder")}
                  </Select.Item>
                  {(orders.orders ?? []).map((order) => (
                    <Select.Item key={order.id} value={order.id}>
                      #{order.display_id ?? order.id}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </Field>
            <Field id="ticket-subject" label={t("aftersales.serviceDesk.fields.subject")}>
              <Input
                id="ticket-subject"
                name="subject"
                value={subject}
                onChange={(e) => setSubject(e.target.value)}
                maxLength={255}
              />
            </Field>
            <Field
              id="ticket-description"
              label={`${t("aftersales.serviceDesk.fields.description")} (${t("aftersales.common.optional")})`}
            >
              <Textarea
                id="ticket-description"
                name="description"
                rows={4}
                value={description}
                onChange={(e) => setDescription(e.target.value)}
              />
            </Field>
            <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
              <Field id="ticket-type" label={t("aftersales.serviceDesk.fields.type")}>
                {enumSelect<TicketType>("ticket-type", type, setType, TICKET_TYPES, "aftersales.serviceDesk.types")}
              </Field>
              <Field id="ticket-channel" label={t("aftersales.serviceDesk.fields.channel")}>
                {enumSelect<TicketChannel>(
                  "ticket-channel",
                  channel,
                  setChannel,
                  TICKET_CHANNELS,
                  "aftersales.serviceDesk.channels"
                )}
              </Field>
              <Field id="ticket-priority" label={t("aftersales.serviceDesk.fields.priority")}>
                {enumSelect<TicketPriority>(
                  "ticket-priority",
                  priority,
                  setPriority,
                  TICKET_PRIORITIES,
                  "aftersales.serviceDesk.priorities"
                )}
              </Field>
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("aftersales.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button
              size="small"
              type="submit"
              disabled={!customerId || !subject.trim()}
              isLoading={create.isPending}
              data-testid="aftersales-ticket-create-save"
            >
              {t("aftersales.serviceDesk.create.submit")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
