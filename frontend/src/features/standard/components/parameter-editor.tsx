import { Input, InputNumber, Select, Switch } from 'antd'
import type { ParameterSpec } from '../api/list-indicator-types'
import { isCodeList, isNumber, useCodeLabel } from '../utils/parameters'

interface ParameterEditorProps {
  /** The parameter's type in the catalogue; unknown parameters are shown read-only. */
  spec: ParameterSpec | undefined
  value: unknown
  onChange: (value: unknown) => void
  disabled?: boolean
  /** Accessible name (the parameter's description). */
  label: string
}

/**
 * The input for one threshold, chosen by its catalogue type: INTEGER / DECIMAL → number,
 * BOOLEAN → switch, CODES → multiple choice among the allowed codes.
 */
export function ParameterEditor({ spec, value, onChange, disabled, label }: ParameterEditorProps) {
  const codeLabel = useCodeLabel(spec)
  switch (spec?.type) {
    case 'INTEGER':
    case 'DECIMAL':
      return (
        <InputNumber<number>
          aria-label={label}
          value={isNumber(value) ? value : null}
          onChange={(next) => onChange(next ?? undefined)}
          precision={spec.type === 'INTEGER' ? 0 : undefined}
          step={spec.type === 'INTEGER' ? 1 : 0.1}
          min={0}
          disabled={disabled}
          style={{ width: 160 }}
        />
      )
    case 'BOOLEAN':
      return <Switch aria-label={label} checked={value === true} onChange={onChange} disabled={disabled} />
    case 'CODES':
      return (
        <Select<string[]>
          mode="multiple"
          aria-label={label}
          value={isCodeList(value) ? value : []}
          onChange={onChange}
          disabled={disabled}
          options={spec.allowedValues.map((code) => ({ value: code, label: codeLabel(code) }))}
          style={{ minWidth: 240, width: '100%' }}
        />
      )
    default:
      return <Input aria-label={label} value={JSON.stringify(value ?? null)} disabled />
  }
}
