import { Plus } from "@medusajs/icons"
import {
  Badge,
  Button,
  Checkbox,
  Container,
  Drawer,
  Input,
  Label,
  Select,
  Table,
  Text,
  toast,
} from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import { EditRemoveMenu } from "../../../../components/edit-remove-menu"
import { PermissionGate } from "../../../../components/permission-gate"
import { SectionHeader } from "../../../../components/states"
import {
  REORDER_METHODS,
  ReorderMethod,
  ReorderPolicy,
  SparePart,
  useDeleteReorderPolicy,
  useSaveReorderPolicy,
  useStockLocations,
} from "../../../../hooks/api/spare-parts"
import { getErrorMessage } from "../../../../lib/errors"

const QUANTITY_FIELDS = ["reorder_point", "safety_stock", "min_quantity", "max_quantity"] as const
type QuantityField = (typeof QUANTITY_FIELDS)[number]

/** Which numbers each method uses (the server checks the rules between them). */
const FIELDS_BY_METHOD: Record<ReorderMethod, QuantityField[]> = {
  reorder_point: ["reorder_point", "safety_stock", "max_quantity"],
  min_max: ["min_quantity", "safety_stock", "max_quantity"],
  order_up_to: ["reorder_point", "safety_stock", "max_quantity"],
}

const PolicyDrawer = ({
  part,
  policy,
  open,
  onOpenChange,
  usedLocations,
}: {
  part: SparePart
  policy?: ReorderPolicy
  open: boolean
  onOpenChange: (open: boolean) => void
  usedLocations: string[]
}) => {
  const { t } = useTranslation()
  const save = useSaveReorderPolicy(part.id)
  const { stock_locations } = useStockLocations()
  const [locationId, setLocationId] = useState("")
  const [method, setMethod] = useState<ReorderMethod>("reorder_point")
  const [values, setValues] = useState<Record<QuantityField, string>>({} as Record<QuantityField, string>)
  const [followForecast, setFollowForecast] = useState(false)

  useEffect(() => {
    if (open) {
      setLocationId(policy?.location_id ?? "")
      setMethod(policy?.method ?? "reorder_point")
      const text = (value: number | null | undefined) => (value === null || value === undefined ? "" : String(value))
      setValues({
        reorder_point: text(policy?.reorder_point),
        safety_stock: text(policy?.safety_stock),
        min_quantity: text(policy?.min_quantity),
        max_quantity: text(policy?.max_quantity),
      })
      setFollowForecast(policy?.follow_forecast ?? false)
    }
  }, [open, policy])

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (!locationId) {
      toast.error(t("aftersales.spareParts.reorder.pickLocation"))
      return
    }
    const numbers = Object.fromEntries(
      FIELDS_BY_METHOD[method].map((field) => [field, values[field]?.trim() ? Number(values[field]) : null])
    )
    try {
      await save.mutateAsync({ location_id: locationId, method, ...numbers, follow_forecast: followForecast })
      toast.success(t("aftersales.spareParts.reorder.saved"))
      onOpenChange(false)
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content data-testid="aftersales-part-policy-drawer" aria-describedby={undefined}>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{t(policy ? "aftersales.spareParts.reorder.editTitle" : "aftersales.spareParts.reorder.addTitle")}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus">
                {t("aftersales.spareParts.reorder.location")}
              </Label>
              <Select size="small" value={locationId} onValueChange={setLocationId} disabled={!!policy}>
                <Select.Trigger data-testid="aftersales-part-policy-location">
                  <Select.Value placeholder={t("aftersales.spareParts.reorder.pickLocation")} />
                </Select.Trigger>
                <Select.Content>
                  {(stock_locations ?? [])
                    .filter((location) => location.id === policy?.location_id || !usedLocations.includes(location.id))
                    .map((location) => (
                      <Select.Item key={location.id} value={location.id}>
                        {location.name}
                      </Select.Item>
                    ))}
                </Select.Content>
              </Select>
            </div>
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus">
                {t("aftersales.spareParts.reorder.method")}
              </Label>
              <Select size="small" value={method} onValueChange={(value) => setMethod(value as ReorderMethod)}>
                <Select.Trigger data-testid="aftersales-part-policy-method">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {REORDER_METHODS.map((value) => (
                    <Select.Item key={value} value={value}>
                      {t(`aftersales.spareParts.reorder.methods.${value}`)}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
              <Text size="xsmall" className="text-ui-fg-muted">
                {t(`aftersales.spareParts.reorder.methodHints.${method}`)}
              </Text>
            </div>
            {FIELDS_BY_METHOD[method].map((field) => (
              <div key={field} className="flex flex-col gap-y-2">
                <Label size="small" weight="plus" htmlFor={`aftersales-policy-${field}`}>
                  {t(`aftersales.spareParts.reorder.fields.${field}`)}
                </Label>
                <Input
                  id={`aftersales-policy-${field}`}
                  size="small"
                  type="number"
                  min={0}
                  step={1}
                  value={values[field] ?? ""}
                  onChange={(e) => setValues((current) => ({ ...current, [field]: e.target.value }))}
                />
              </div>
            ))}
            <div className="flex items-center gap-x-2">
              <Checkbox id="aftersales-policy-follow" checked={followForecast} onCheckedChange={(value) => setFollowForecast(value === true)} />
              <Label size="small" htmlFor="aftersales-policy-follow">
                {t("aftersales.spareParts.reorder.followForecast")}
              </Label>
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("aftersales.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={save.isPending} data-testid="aftersales-part-policy-save">
              {t("aftersales.common.save")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

/** When and how much to reorder, per stock location. */
export const PartReorderPoliciesSection = ({ part }: { part: SparePart }) => {
  const { t } = useTranslation()
  const { stock_locations } = useStockLocations()
  const remove = useDeleteReorderPolicy(part.id)
  const [editing, setEditing] = useState<ReorderPolicy | "new" | null>(null)
  const policies = part.reorder_policies ?? []
  const locationName = (id: string) => stock_locations?.find((location) => location.id === id)?.name ?? id
  const show = (value: number | null) => (value === null || value === undefined ? "-" : value)

  const onRemove = async (policy: ReorderPolicy) => {
    try {
      await remove.mutateAsync(policy.id)
      toast.success(t("aftersales.spareParts.reorder.removed"))
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="aftersales-part-reorder-policies">
      <SectionHeader
        title={t("aftersales.spareParts.reorder.title")}
        description={t("aftersales.spareParts.reorder.description")}
        actions={
          <PermissionGate permission="spare_parts:configure">
            <Button size="small" variant="secondary" onClick={() => setEditing("new")} data-testid="aftersales-part-policy-add">
              <Plus />
              {t("aftersales.spareParts.reorder.add")}
            </Button>
          </PermissionGate>
        }
      />
      {policies.length === 0 ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("aftersales.spareParts.reorder.empty")}
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("aftersales.spareParts.reorder.location")}</Table.HeaderCell>
              <Table.HeaderCell>{t("aftersales.spareParts.reorder.method")}</Table.HeaderCell>
              <Table.HeaderCell>{t("aftersales.spareParts.reorder.fields.reorder_point")}</Table.HeaderCell>
              <Table.HeaderCell>{t("aftersales.spareParts.reorder.fields.safety_stock")}</Table.HeaderCell>
              <Table.HeaderCell>{t("aftersales.spareParts.reorder.fields.max_quantity")}</Table.HeaderCell>
              <Table.HeaderCell>{t("aftersales.spareParts.reorder.source")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {policies.map((policy) => (
              <Table.Row key={policy.id} data-testid="aftersales-part-policy-row">
                <Table.Cell>{locationName(policy.location_id)}</Table.Cell>
                <Table.Cell>{t(`aftersales.spareParts.reorder.methods.${policy.method}`)}</Table.Cell>
                <Table.Cell>{policy.reorder_point}</Table.Cell>
                <Table.Cell>{policy.safety_stock}</Table.Cell>
                <Table.Cell>{show(policy.max_quantity)}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={policy.source === "forecast" ? "purple" : "grey"}>
                    {t(`aftersales.spareParts.reorder.sources.${policy.source}`)}
                  </Badge>
                </Table.Cell>
                <Table.Cell className="text-right">
                  <EditRemoveMenu
                    permission="spare_parts:configure"
                    onEdit={() => setEditing(policy)}
                    onRemove={() => onRemove(policy)}
                  />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <PolicyDrawer
        part={part}
        policy={editing && editing !== "new" ? editing : undefined}
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        usedLocations={policies.map((policy) => policy.location_id)}
      />
    </Container>
  )
}
