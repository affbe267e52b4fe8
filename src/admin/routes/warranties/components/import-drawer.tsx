import { Button, Drawer, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import { useImportWarranties, WarrantyImportResult } from "../../../hooks/api/warranties"
import { getErrorMessage } from "../../../lib/errors"

/** Serial-number CSV import: check first (dry run, shows every row or every problem), then import. */
export const ImportWarrantiesDrawer = ({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) => {
  const { t } = useTranslation()
  const run = useImportWarranties()
  const [csv, setCsv] = useState("")
  const [result, setResult] = useState<WarrantyImportResult | null>(null)
  useEffect(() => {
    if (open) {
      setCsv("")
      setResult(null)
    }
  }, [open])

  const submit = async (dry_run: boolean) => {
    try {
      const { import: outcome } = await run.mutateAsync({ csv, dry_run })
      setResult(outcome)
      if (outcome.written) {
        toast.success(t("aftersales.warranties.import.done"))
        onOpenChange(false)
      }
    } catch (error: any) {
      const body = error?.body ?? error?.response?.data
      if (body?.import) {
        setResult(body.import)
      } else {
        toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
      }
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content data-testid="aftersales-warranty-import-drawer" aria-describedby={undefined}>
        <Drawer.Header>
          <Drawer.Title>{t("aftersales.warranties.import.title")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
          <Text size="small" className="text-ui-fg-subtle">{t("aftersales.warranties.import.help")}</Text>
          <div className="flex flex-col gap-y-2">
            <Label size="small" weight="plus">{t("aftersales.warranties.import.file")}</Label>
            <input
              type="file"
              accept=".csv,text/csv"
              onChange={async (event) => {
                const file = event.target.files?.[0]
                if (file) {
                  setCsv(await file.text())
                  setResult(null)
                }
              }}
            />
            <Textarea rows={8} value={csv} onChange={(event) => { setCsv(event.target.value); setResult(null) }} data-testid="aftersales-warranty-import-csv" />
          </div>
          {result && (
            <div className="flex flex-col gap-y-1" data-testid="aftersales-warranty-import-result">
              {result.valid ? (
                <Text size="small">{t("aftersales.warranties.import.valid", { assign: result.assign, create: result.create, unchanged: result.unchanged })}</Text>
              ) : (
                <Text size="small" className="text-ui-fg-error">{t("aftersales.warranties.import.invalid", { count: result.errors.length })}</Text>
              )}
              {result.errors.map((problem, index) => (
                <Text key={index} size="small" className="text-ui-fg-error">
                  {t("aftersales.warranties.import.line", { line: problem.line })}: {problem.message}
                </Text>
              ))}
              {result.valid &&
                result.preview.map((row) => (
                  <Text key={row.line} size="small" className="text-ui-fg-subtle">
                    {t("aftersales.warranties.import.line", { line: row.line })}: {t(`aftersales.warranties.import.actions.${row.action}`)} {row.serial_number}
                    {row.product_title ? ` · ${row.product_title}` : ""}
                  </Text>
                ))}
            </div>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Button size="small" variant="secondary" disabled={!csv.trim()} isLoading={run.isPending} onClick={() => submit(true)} data-testid="aftersales-warranty-import-preview">
            {t("aftersales.warranties.import.preview")}
          </Button>
          <Button size="small" disabled={!result?.valid || !result.dry_run} isLoading={run.isPending} onClick={() => submit(false)} data-testid="aftersales-warranty-import-run">
            {t("aftersales.warranties.import.run")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
