import { Select } from 'antd'
import type { CSSProperties } from 'react'
import { ETHNIC_GROUPS } from '@/lib/ethnicities'
import { matchesText } from '@/lib/text'

interface EthnicitySelectProps {
  value?: string
  onChange?: (code: string | undefined) => void
  id?: string
  placeholder?: string
  'aria-label'?: string
  style?: CSSProperties
}

const OPTIONS = ETHNIC_GROUPS.map((group) => ({ value: group.code, label: `${group.code} – ${group.name}` }))

/** One of the 54 ethnic groups, searched by code or name (diacritics optional). */
export function EthnicitySelect({ value, onChange, style, ...props }: EthnicitySelectProps) {
  return (
    <Select<string>
      {...props}
      allowClear
      showSearch={{ filterOption: (input, option) => matchesText(String(option?.label ?? ''), input) }}
      value={value}
      onChange={(next) => onChange?.(next ?? undefined)}
      options={OPTIONS}
      style={{ minWidth: 150, ...style }}
    />
  )
}
