import { InputNumber, type InputNumberProps } from 'antd'

const grouping = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 })

/** 1500000 → "1.500.000" while typing (dot grouping, whatever the UI language). */
function formatMoneyInput(value: string | number | undefined): string {
  if (value === undefined || value === '') return ''
  const amount = typeof value === 'number' ? value : Number(value)
  return Number.isFinite(amount) ? grouping.format(amount) : String(value)
}

/** Keeps the digits only: dots, spaces and the đồng sign are ignored; empty stays empty. */
function parseMoneyInput(text: string | undefined): string {
  return (text ?? '').replace(/\D/g, '')
}

interface MoneyInputProps
  extends Omit<InputNumberProps, 'value' | 'onChange' | 'formatter' | 'parser' | 'suffix' | 'precision' | 'stringMode'> {
  value?: number | null
  onChange?: (value: number | null) => void
}

/** An amount of Vietnamese đồng, shown with dot grouping and the ₫ sign: 1.500.000 ₫. */
export function MoneyInput({ value, onChange, ...props }: MoneyInputProps) {
  return (
    <InputNumber
      min={0}
      step={100_000}
      style={{ width: '100%' }}
      {...props}
      value={value}
      onChange={(next) => onChange?.(next === null || next === '' ? null : Number(next))}
      precision={0}
      formatter={formatMoneyInput}
      parser={parseMoneyInput}
      suffix="₫"
    />
  )
}
