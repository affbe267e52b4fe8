import { Trash } from "@medusajs/icons"
import { Button, Input, Switch, Table, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import {
  CustomerTier,
  useDeleteCustomerTier,
  useSaveCustomerTier,
} from "../../../../hooks/api/customer-profiles"
import { getErrorMessage } from "../../../../lib/errors"

type Draft = {
  code: string
  name: string
  min_total_spent: string
  min_order_count: string
  rank: string
  is_active: boolean
}

const draftOf = (tier?: CustomerTier): Draft => ({
  code: tier?.code ?? "",
  name: tier?.name ?? "",
  min_total_spent: tier ? String(Number(tier.min_total_spent)) : "0",
  min_order_count: tier ? String(tier.min_order_count) : "0",
  rank: tier ? String(tier.rank) : "",
  is_active: tier?.is_active ?? true,
})

const payloadOf = (draft: Draft) => ({
  code: draft.code.trim(),
  name: draft.name.trim(),
  min_total_spent: Number(draft.min_total_spent),
  min_order_count: Number(draft.min_order_count),
  rank: Number(draft.rank),
  is_active: draft.is_active,
})

const TierRow = ({
  tier,
  editable,
  onDone,
}: {
  tier?: CustomerTier
  editable: boolean
  onDone?: () => void
}) => {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<Draft>(() => draftOf(tier))
  const save = useSaveCustomerTier()
  const remove = useDeleteCustomerTier()
  useEffect(() => setDraft(draftOf(tier)), [tier])

  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(tier))
  const set = (field: keyof Draft) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setDraft((prev) => ({ ...prev, [field]: event.target.value }))
  const fail = (error: unknown) => toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))

  const onSave = () =>
    save.mutate(
      { id: tier?.id, ...payloadOf(draft) },
      {
        onSuccess: () => {
          toast.success(t("aftersales.customerProfiles.tiers.saved"))
          onDone?.()
        },
        onError: fail,
      }
    )
  const onDelete = () =>
    tier &&
    remove.mutate(tier.id, {
      onSuccess: () => toast.success(t("aftersales.customerProfiles.tiers.deleted")),
      onError: fail,
    })

  const input = (field: keyof Draft, type = "text", className = "") => (
    <Input
      size="small"
      type={type}
      className={className}
      value={draft[field] as string}
      onChange={set(field)}
      disabled={!editable}
      aria-label={t(`aftersales.customerProfiles.tiers.fields.${field}`)}
      name={field}
    />
  )

  return (
    <Table.Row data-testid="aftersales-tier-row" data-tier-code={tier?.code ?? "new"}>
      <Table.Cell>{input("name")}</Table.Cell>
      <Table.Cell>{input("code", "text", "font-mono")}</Table.Cell>
      <Table.Cell>{input("min_total_spent", "number")}</Table.Cell>
      <Table.Cell>{input("min_order_count", "number")}</Table.Cell>
      <Table.Cell>{input("rank", "number")}</Table.Cell>
      <Table.Cell>
        <Switch
          checked={draft.is_active}
          disabled={!editable}
          onCheckedChange={(checked) => setDraft((prev) => ({ ...prev, is_active: checked }))}
          aria-label={t("aftersales.customerProfiles.tiers.fields.is_active")}
        />
      </Table.Cell>
      <Table.Cell>
        {editable && (
          <div className="flex items-center justify-end gap-x-2">
            {(dirty || !tier) && (
              <Button
                size="small"
                variant="secondary"
                className="whitespace-nowrap"
                onClick={onSave}
                isLoading={save.isPending}
              >
                {tier ? t("aftersales.common.save") : t("aftersales.customerProfiles.tiers.add")}
              </Button>
            )}
            {tier && (
              <Button
                size="small"
                variant="transparent"
                onClick={onDelete}
                isLoading={remove.isPending}
                aria-label={t("aftersales.common.delete")}
              >
                <Trash />
              </Button>
            )}
          </div>
        )}
      </Table.Cell>
    </Table.Row>
  )
}

/** The tier thresholds, editable row by row by holders of customer_profiles:configure. */
export const TiersTable = ({ tiers, editable }: { tiers: CustomerTier[]; editable: boolean }) => {
  const { t } = useTranslation()
  const [newRowKey, setNewRowKey] = useState(0)
  return (
    <div className="flex flex-col gap-y-2">
      <Table data-testid="aftersales-tiers-table">
        <Table.Header>
          <Table.Row>
            {(["name", "code", "min_total_spent", "min_order_count", "rank", "is_active"] as const).map((field) => (
              <Table.HeaderCell key={field}>
                {t(`aftersales.customerProfiles.tiers.fields.${field}`)}
              </Table.HeaderCell>
            ))}
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {tiers.map((tier) => (
            <TierRow key={tier.id} tier={tier} editable={editable} />
          ))}
          {editable && <TierRow key={`new-${newRowKey}`} editable onDone={() => setNewRowKey((key) => key + 1)} />}
        </Table.Body>
      </Table>
      <Text size="xsmall" className="text-ui-fg-muted px-6">
        {t("aftersales.customerProfiles.tiers.rule")}
      </Text>
    </div>
  )
}
