import { Badge, Button, Drawer, Label, Select, Table, Text, toast } from "@medusajs/ui"
import { ChangeEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import { ImportResult, ImportType, useImportCsv } from "../../../hooks/api/spare-parts"
import { useAftersalesPermissions } from "../../../hooks/use-permissions"
import { getErrorMessage } from "../../../lib/errors"

const TYPES: { type: ImportType; permission: string }[] = [
  { type: "parts", permission: "spare_parts:write" },
  { type: "offers", permission: "spare_parts:write" },
  { type: "suppliers", permission: "suppliers:write" },
]

/**
 * CSV import: choose what the file holds, check it (a dry run that lists every bad row with
 * its line), then import. The import button needs a clean check of the same file.
 */
export const ImportDialog = ({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) => {
  const { t } = useTranslation()
  const { can } = useAftersalesPermissions()
  const run = useImportCsv()
  const [type, setType] = useState<ImportType>("parts")
  const [fileName, setFileName] = useState("")
  const [csv, setCsv] = useState("")
  const [result, setResult] = useState<ImportResult | null>(null)

  useEffect(() => {
    if (open) {
      setType("parts")
      setFileName("")
      setCsv("")
      setResult(null)
    }
  }, [open])

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    setResult(null)
    setFileName(file?.name ?? "")
    setCsv(file ? await file.text() : "")
  }

  const submit = async (dryRun: boolean) => {
    try {
      const outcome = await run.mutateAsync({ type, csv, dry_run: dryRun })
      setResult(outcome)
      if (outcome.written) {
        toast.success(t("aftersales.spareParts.csv.imported", { create: outcome.create, update: outcome.update }))
        onOpenChange(false)
      }
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  const checked = result && result.dry_run && result.valid

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content data-testid="aftersales-spare-parts-import-drawer" aria-describedby={undefined}>
        <Drawer.Header>
          <Drawer.Title>{t("aftersales.spareParts.csv.importTitle")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
          <Text size="small" className="text-ui-fg-subtle">
            {t("aftersales.spareParts.csv.importHint")}
          </Text>
          <div className="flex flex-col gap-y-2">
            <Label size="small" weight="plus">
              {t("aftersales.spareParts.csv.type")}
            </Label>
            <Select
              size="small"
              value={type}
              onValueChange={(value) => {
                setType(value as ImportType)
                setResult(null)
              }}
            >
              <Select.Trigger data-testid="aftersales-import-type">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {TYPES.filter((entry) => can(entry.permission)).map((entry) => (
                  <Select.Item key={entry.type} value={entry.type}>
                    {t(`aftersales.spareParts.csv.types.${entry.type}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            <Text size="xsmall" className="text-ui-fg-muted font-mono break-all">
              {t(`aftersales.spareParts.csv.columns.${type}`)}
            </Text>
          </div>
          <div className="flex flex-col gap-y-2">
            <Label size="small" weight="plus" htmlFor="aftersales-import-file">
              {t("aftersales.spareParts.csv.file")}
            </Label>
            <input
              id="aftersales-import-file"
              data-testid="aftersales-import-file"
              type="file"
              accept=".csv,text/csv"
              className="txt-small"
              onChange={onFile}
            />
            {fileName && (
              <Text size="xsmall" className="text-ui-fg-muted">
                {fileName}
              </Text>
            )}
          </div>
          {result && (
            <div className="flex flex-col gap-y-3" data-testid="aftersales-import-result">
              <div className="flex items-center gap-x-2">
                <Badge size="2xsmall" color={result.valid ? "green" : "red"}>
                  {result.valid ? t("aftersales.spareParts.csv.valid") : t("aftersales.spareParts.csv.invalid")}
                </Badge>
                <Text size="small">
                  {t("aftersales.spareParts.csv.summary", { rows: result.rows, create: result.create, update: result.update })}
                </Text>
              </div>
              {result.errors.length > 0 && (
                <Table data-testid="aftersales-import-errors">
                  <Table.Header>
                    <Table.Row>
                      <Table.HeaderCell>{t("aftersales.spareParts.csv.line")}</Table.HeaderCell>
                      <Table.HeaderCell>{t("aftersales.spareParts.csv.problem")}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Header>
                  <Table.Body>
                    {result.errors.map((problem, index) => (
                      <Table.Row key={index}>
                        <Table.Cell>{problem.line}</Table.Cell>
                        <Table.Cell className="whitespace-normal">{problem.message}</Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              )}
            </div>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary" type="button">
              {t("aftersales.common.cancel")}
            </Button>
          </Drawer.Close>
          <Button
            size="small"
            variant="secondary"
            disabled={!csv}
            isLoading={run.isPending && !checked}
            onClick={() => submit(true)}
            data-testid="aftersales-import-check"
          >
            {t("aftersales.spareParts.csv.check")}
          </Button>
          <Button
            size="small"
            disabled={!checked}
            isLoading={run.isPending && !!checked}
            onClick={() => submit(false)}
            data-testid="aftersales-import-run"
          >
            {t("aftersales.spareParts.csv.run")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
