import { Badge, Drawer, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { KeyValueRow } from "../../../../components/key-value"
import { formatDateTime, formatValue } from "../../../../lib/format"
import { AuditLogEntry } from "../../../../lib/types"

type Props = {
  entry: AuditLogEntry | null
  onClose: () => void
}

/** One audit entry with its field-by-field before/after changes. */
export const AuditEntryDrawer = ({ entry, onClose }: Props) => {
  const { t, i18n } = useTranslation()
  const changes = entry?.changes ? Object.entries(entry.changes) : []

  return (
    <Drawer open={!!entry} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content data-testid="aftersales-audit-drawer" aria-describedby={undefined}>
        <Drawer.Header>
          <Drawer.Title>{t("aftersales.auditLog.entry.title")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto p-0">
          {entry && (
            <>
              <div className="divide-y">
                <KeyValueRow
                  label={t("aftersales.auditLog.fields.action")}
                  value={<span className="font-mono">{entry.action}</span>}
                />
                <KeyValueRow
                  label={t("aftersales.auditLog.fields.entity")}
                  value={
                    <span>
                      {entry.entity_type}{" "}
                      <span className="font-mono">{entry.entity_id}</span>
                    </span>
                  }
                />
                <KeyValueRow
                  label={t("aftersales.auditLog.fields.actor")}
                  value={
                    <span className="flex flex-wrap items-center gap-1">
                      <Badge size="2xsmall">
                        {t(`aftersales.auditLog.actorTypes.${entry.actor_type}`, {
                          defaultValue: entry.actor_type,
                        })}
                      </Badge>
                      <span className="font-mono">{entry.actor_id ?? "-"}</span>
                    </span>
                  }
                />
                <KeyValueRow
                  label={t("aftersales.auditLog.fields.createdAt")}
                  value={formatDateTime(entry.created_at, i18n.language)}
                />
                <KeyValueRow
                  label={t("aftersales.auditLog.fields.requestId")}
                  value={<span className="font-mono">{entry.request_id ?? "-"}</span>}
                />
              </div>
              <div className="flex flex-col gap-y-2 px-6 pb-6">
                <Text size="small" weight="plus">
                  {t("aftersales.auditLog.entry.changes")}
                </Text>
                {changes.length ? (
                  <Table>
                    <Table.Header>
                      <Table.Row>
                        <Table.HeaderCell>{t("aftersales.auditLog.entry.field")}</Table.HeaderCell>
                        <Table.HeaderCell>{t("aftersales.auditLog.entry.before")}</Table.HeaderCell>
                        <Table.HeaderCell>{t("aftersales.auditLog.entry.after")}</Table.HeaderCell>
                      </Table.Row>
                    </Table.Header>
                    <Table.Body>
                      {changes.map(([field, change]) => (
                        <Table.Row key={field}>
                          <Table.Cell className="font-mono">{field}</Table.Cell>
                          <Table.Cell className="text-ui-fg-subtle break-all whitespace-normal">
                            {formatValue(change?.before)}
                          </Table.Cell>
                          <Table.Cell className="break-all whitespace-normal">
                            {formatValue(change?.after)}
                          </Table.Cell>
                        </Table.Row>
                      ))}
                    </Table.Body>
                  </Table>
                ) : (
                  <Text size="small" className="text-ui-fg-muted">
                    {t("aftersales.auditLog.entry.noChanges")}
                  </Text>
                )}
              </div>
            </>
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
