import { PencilSquare, Plus, Trash } from "@medusajs/icons"
import { Button, Container, Drawer, IconButton, Input, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import { KeyValueRow } from "../../../../components/key-value"
import { PermissionGate } from "../../../../components/permission-gate"
import { SectionHeader } from "../../../../components/states"
import { SparePart, useSaveSparePart } from "../../../../hooks/api/spare-parts"
import { getErrorMessage } from "../../../../lib/errors"

type Row = { key: string; value: string }

/** Free specification attributes (voltage, dimensions, material, ...). */
export const PartSpecificationsSection = ({ part }: { part: SparePart }) => {
  const { t } = useTranslation()
  const save = useSaveSparePart(part.id)
  const [editing, setEditing] = useState(false)
  const [rows, setRows] = useState<Row[]>([])
  const entries = Object.entries(part.specifications ?? {})

  useEffect(() => {
    if (editing) {
      setRows(entries.length ? entries.map(([key, value]) => ({ key, value: String(value) })) : [{ key: "", value: "" }])
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editing])

  const onSave = async () => {
    const filled = rows.filter((row) => row.key.trim())
    const keys = filled.map((row) => row.key.trim())
    if (new Set(keys).size !== keys.length) {
      toast.error(t("aftersales.spareParts.specifications.duplicateKey"))
      return
    }
    try {
      await save.mutateAsync({
        specifications: filled.length ? Object.fromEntries(filled.map((row) => [row.key.trim(), row.value.trim()])) : null,
      })
      toast.success(t("aftersales.spareParts.specifications.saved"))
      setEditing(false)
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="aftersales-part-specifications">
      <SectionHeader
        title={t("aftersales.spareParts.specifications.title")}
        actions={
          <PermissionGate permission="spare_parts:write">
            <IconButton size="small" variant="transparent" onClick={() => setEditing(true)} data-testid="aftersales-part-specifications-edit">
              <PencilSquare />
            </IconButton>
          </PermissionGate>
        }
      />
      {entries.length ? (
        entries.map(([key, value]) => <KeyValueRow key={key} label={key} value={String(value)} />)
      ) : (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("aftersales.spareParts.specifications.empty")}
        </Text>
      )}
      <Drawer open={editing} onOpenChange={setEditing}>
        <Drawer.Content aria-describedby={undefined}>
          <Drawer.Header>
            <Drawer.Title>{t("aftersales.spareParts.specifications.editTitle")}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-3 overflow-y-auto">
            {rows.map((row, index) => (
              <div key={index} className="flex items-center gap-x-2">
                <Input
                  size="small"
                  placeholder={t("aftersales.spareParts.specifications.key")}
                  value={row.key}
                  onChange={(e) => setRows((current) => current.map((r, i) => (i === index ? { ...r, key: e.target.value } : r)))}
                />
                <Input
                  size="small"
                  placeholder={t("aftersales.spareParts.specifications.value")}
                  value={row.value}
                  onChange={(e) => setRows((current) => current.map((r, i) => (i === index ? { ...r, value: e.target.value } : r)))}
                />
                <IconButton
                  size="small"
                  variant="transparent"
                  type="button"
                  onClick={() => setRows((current) => current.filter((_, i) => i !== index))}
                >
                  <Trash />
                </IconButton>
              </div>
            ))}
            <Button size="small" variant="secondary" type="button" onClick={() => setRows((current) => [...current, { key: "", value: "" }])}>
              <Plus />
              {t("aftersales.spareParts.specifications.add")}
            </Button>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("aftersales.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" onClick={onSave} isLoading={save.isPending}>
              {t("aftersales.common.save")}
            </Button>
          </Drawer.Footer>
        </Drawer.Content>
      </Drawer>
    </Container>
  )
}
