import { Button, Drawer, Input, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { FormEvent, ReactNode, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"

import { useStockLocations } from "../../../hooks/api/procurement"
import {
  REPAIR_ARRIVAL_MODES,
  REPAIR_PRIORITIES,
  RepairArrivalMode,
  RepairPriority,
  useCreateRepairOrder,
  useHostOrderForRepair,
} from "../../../hooks/api/repair-orders"
import { useCustomerOrders, useCustomerSearch } from "../../../hooks/api/service-tickets"
import { getErrorMessage } from "../../../lib/errors"
import { customerDisplayName } from "../../service-tickets/components/create-ticket-drawer"

const NONE = "__none__"

export type RepairPrefill = {
  customer_id?: string | null
  order_id?: string | null
  order_display_id?: number | null
  line_item_id?: string | null
}

type Source = "store_order" | "elsewhere"

const Field = ({ id, label, children }: { id: string; label: string; children: ReactNode }) => (
  <div className="flex flex-col gap-y-2">
    <Label size="small" weight="plus" htmlFor={id}>
      {label}
    </Label>
    {children}
  </div>
)

/**
 * "New repair": a unit bought in this store (customer → order → line item) or one sold elsewhere
 * (customer e-mail/name, product title, serial). The server takes the warranty snapshot.
 */
export const CreateRepairDrawer = ({
  open,
  onOpenChange,
  prefill,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  prefill?: RepairPrefill
}) => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const create = useCreateRepairOrder()
  const { stock_locations } = useStockLocations()

  const [source, setSource] = useState<Source>("store_order")
  const [customerQuery, setCustomerQuery] = useState("")
  const [customerId, setCustomerId] = useState("")
  const [orderId, setOrderId] = useState("")
  const [lineItemId, setLineItemId] = useState("")
  const [customerEmail, setCustomerEmail] = useState("")
  const [customerName, setCustomerName] = useState("")
  const [productTitle, setProductTitle] = useState("")
  const [serial, setSerial] = useState("")
  const [fault, setFault] = useState("")
  const [condition, setCondition] = useState("")
  const [accessories, setAccessories] = useState("")
  const [priority, setPriority] = useState<RepairPriority>("normal")
  const [arrivalMode, setArrivalMode] = useState<RepairArrivalMode>("drop_off")
  const [locationId, setLocationId] = useState("")

  const prefilledOrder = !!prefill?.order_id
  const customers = useCustomerSearch(customerQuery, { enabled: open && source === "store_order" && !prefilledOrder })
  const orders = useCustomerOrders(customerId, { enabled: open && !!customerId && !prefilledOrder })
  const order = useHostOrderForRepair(open && source === "store_order" ? orderId : "")

  useEffect(() => {
    if (open) {
      setSource("store_order")
      setCustomerQuery("")
      setCustomerId(prefill?.customer_id ?? "")
      setOrderId(prefill?.order_id ?? "")
      setLineItemId(prefill?.line_item_id ?? "")
      setCustomerEmail("")
      setCustomerName("")
      setProductTitle("")
      setSerial("")
      setFault("")
      setCondition("")
      setAccessories("")
      setPriority("normal")
      setArrivalMode("drop_off")
      setLocationId("")
    }
  }, [open, prefill?.customer_id, prefill?.order_id, prefill?.line_item_id])

  const canSubmit =
    !!fault.trim() &&
    (source === "store_order"
      ? !!orderId && !!lineItemId
      : !!productTitle.trim() && (!!customerEmail.trim() || !!customerName.trim()))

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (!canSubmit) {
      return
    }
    const common = {
      serial_number: serial.trim() || undefined,
      fault_description: fault.trim(),
      intake_condition: condition.trim() || undefined,
      accessories: accessories.trim() || undefined,
      priority,
      arrival_mode: arrivalMode,
      location_id: locationId || undefined,
    }
    try {
      const { repair_order } = await create.mutateAsync(
        source === "store_order"
          ? {
              ...common,
              customer_id: customerId || order.order?.customer_id || undefined,
              order_id: orderId,
              line_item_id: lineItemId,
            }
          : {
              ...common,
              customer_email: customerEmail.trim() || undefined,
              customer_name: customerName.trim() || undefined,
              product_title: productTitle.trim(),
            }
      )
      toast.success(t("aftersales.repairs.toasts.created", { number: repair_order.number }))
      onOpenChange(false)
      navigate(`/repair-orders/${repair_order.id}`)
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
      <Select.Trigger id={id} data-testid={`aftersales-${id}`}>
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

  const optional = (label: string) => `${label} (${t("aftersales.common.optional")})`

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content data-testid="aftersales-repair-create-drawer" aria-describedby={undefined}>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{t("aftersales.repairs.create.title")}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            {!prefilledOrder && (
              <Field id="repair-source" label={t("aftersales.repairs.create.source")}>
                {enumSelect<Source>(
                  "repair-source",
                  source,
                  setSource,
                  ["store_order", "elsewhere"],
                  "aftersales.repairs.create.sources"
                )}
              </Field>
            )}
            {source === "store_order" ? (
              <>
                {prefilledOrder ? (
                  <Text size="small" className="text-ui-fg-subtle" data-testid="aftersales-repair-create-order">
                    {t("aftersales.repairs.create.forOrder", {
                      order: prefill?.order_display_id ?? prefill?.order_id,
                    })}
                  </Text>
                ) : (
                  <>
                    <Field id="repair-customer" label={t("aftersales.repairs.fields.customer")}>
                      <Input
                        size="small"
                        type="search"
                        placeholder={t("aftersales.repairs.create.searchCustomer")}
                        value={customerQuery}
                        onChange={(e) => setCustomerQuery(e.target.value)}
                        data-testid="aftersales-repair-customer-search"
                      />
                      <Select
                        value={customerId}
                        onValueChange={(v) => {
                          setCustomerId(v)
                          setOrderId("")
                          setLineItemId("")
                        }}
                      >
                        <Select.Trigger id="repair-customer" data-testid="aftersales-repair-customer">
                          <Select.Value placeholder={t("aftersales.repairs.create.selectCustomer")} />
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
                    <Field id="repair-order" label={t("aftersales.repairs.fields.order")}>
                      <Select
                        value={orderId || NONE}
                        onValueChange={(v) => {
                          if (!v) {
                            return
                          }
                          setOrderId(v === NONE ? "" : v)
                          setLineItemId("")
                        }}
                        disabled={!customerId}
                      >
                        <Select.Trigger id="repair-order" data-testid="aftersales-repair-order">
                          <Select.Value />
                        </Select.Trigger>
                        <Select.Content>
                          <Select.Item value={NONE}>{t("aftersales.repairs.create.selectOrder")}</Select.Item>
                          {(orders.orders ?? []).map((candidate) => (
                            <Select.Item key={candidate.id} value={candidate.id}>
                              #{candidate.display_id ?? candidate.id}
                            </Select.Item>
                          ))}
                        </Select.Content>
                      </Select>
                    </Field>
                  </>
                )}
                <Field id="repair-line-item" label={t("aftersales.repairs.fields.lineItem")}>
                  <Select
                    value={lineItemId || NONE}
                    // Radix reports "" while the prefilled item is not among the loaded options yet.
                    onValueChange={(v) => v && setLineItemId(v === NONE ? "" : v)}
                    disabled={!orderId}
                  >
                    <Select.Trigger id="repair-line-item" data-testid="aftersales-repair-line-item">
                      <Select.Value />
                    </Select.Trigger>
                    <Select.Content>
                      <Select.Item value={NONE}>{t("aftersales.repairs.create.selectItem")}</Select.Item>
                      {(order.order?.items ?? []).map((item) => (
                        <Select.Item key={item.id} value={item.id}>
                          {[item.product_title ?? item.title, item.variant_title].filter(Boolean).join(" · ")} ×{item.quantity}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                </Field>
              </>
            ) : (
              <>
                <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
                  <Field id="repair-customer-name" label={t("aftersales.repairs.fields.customerName")}>
                    <Input
                      id="repair-customer-name"
                      name="customer_name"
                      value={customerName}
                      onChange={(e) => setCustomerName(e.target.value)}
                    />
                  </Field>
                  <Field id="repair-customer-email" label={t("aftersales.repairs.fields.customerEmail")}>
                    <Input
                      id="repair-customer-email"
                      name="customer_email"
                      type="email"
                      value={customerEmail}
                      onChange={(e) => setCustomerEmail(e.target.value)}
                    />
                  </Field>
                </div>
                <Field id="repair-product-title" label={t("aftersales.repairs.fields.product")}>
                  <Input
                    id="repair-product-title"
                    name="product_title"
                    value={productTitle}
                    onChange={(e) => setProductTitle(e.target.value)}
                  />
                </Field>
              </>
            )}
            <Field id="repair-serial" label={optional(t("aftersales.repairs.fields.serial"))}>
              <Input id="repair-serial" name="serial_number" value={serial} onChange={(e) => setSerial(e.target.value)} />
            </Field>
            <Field id="repair-fault" label={t("aftersales.repairs.fields.faultDescription")}>
              <Textarea
                id="repair-fault"
                name="fault_description"
                rows={3}
                value={fault}
                onChange={(e) => setFault(e.target.value)}
              />
            </Field>
            <Field id="repair-condition" label={optional(t("aftersales.repairs.fields.intakeCondition"))}>
              <Textarea
                id="repair-condition"
                name="intake_condition"
                rows={2}
                value={condition}
                onChange={(e) => setCondition(e.target.value)}
              />
            </Field>
            <Field id="repair-accessories" label={optional(t("aftersales.repairs.fields.accessories"))}>
              <Input
                id="repair-accessories"
                name="accessories"
                value={accessories}
                onChange={(e) => setAccessories(e.target.value)}
              />
            </Field>
            <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
              <Field id="repair-priority" label={t("aftersales.repairs.fields.priority")}>
                {enumSelect<RepairPriority>(
                  "repair-priority",
                  priority,
                  setPriority,
                  REPAIR_PRIORITIES,
                  "aftersales.repairs.priorities"
                )}
              </Field>
              <Field id="repair-arrival" label={t("aftersales.repairs.fields.arrivalMode")}>
                {enumSelect<RepairArrivalMode>(
                  "repair-arrival",
                  arrivalMode,
                  setArrivalMode,
                  REPAIR_ARRIVAL_MODES,
                  "aftersales.repairs.arrivalModes"
                )}
              </Field>
              <Field id="repair-location" label={t("aftersales.repairs.fields.location")}>
                <Select value={locationId || NONE} onValueChange={(v) => v && setLocationId(v === NONE ? "" : v)}>
                  <Select.Trigger id="repair-location">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    <Select.Item value={NONE}>{t("aftersales.repairs.create.noLocation")}</Select.Item>
                    {(stock_locations ?? []).map((location) => (
                      <Select.Item key={location.id} value={location.id}>
                        {location.name}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
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
              disabled={!canSubmit}
              isLoading={create.isPending}
              data-testid="aftersales-repair-create-save"
            >
              {t("aftersales.repairs.create.submit")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
