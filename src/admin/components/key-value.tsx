import { Text } from "@medusajs/ui"
import { ReactNode } from "react"

/** One "label: value" row of a details section, as in the core admin. */
export const KeyValueRow = ({
  label,
  value,
}: {
  label: string
  value: ReactNode
}) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start px-6 py-4">
    <Text size="small" leading="compact" weight="plus">
      {label}
    </Text>
    <div className="txt-small text-ui-fg-base break-all">{value ?? "-"}</div>
  </div>
)

/** Pretty-printed JSON in a scrollable block. */
export const JsonBlock = ({ value }: { value: unknown }) => (
  <pre className="bg-ui-bg-subtle border-ui-border-base txt-compact-small max-h-[320px] overflow-auto whitespace-pre-wrap break-all rounded-md border p-3 font-mono">
    {typeof value === "string" ? value : JSON.stringify(value, null, 2)}
  </pre>
)
