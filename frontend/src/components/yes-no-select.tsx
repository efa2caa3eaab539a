import { Select } from 'antd'
import type { CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import { YES_NO, type YesNo } from '@/lib/fact-form'

interface YesNoSelectProps {
  value?: YesNo
  onChange?: (value: YesNo | undefined) => void
  id?: string
  'aria-label'?: string
  style?: CSSProperties
}

/** Có / Không, or empty for "not known" (the indicators it decides stay undetermined). */
export function YesNoSelect({ value, onChange, id, style, ...rest }: YesNoSelectProps) {
  const { t } = useTranslation()
  return (
    <Select<YesNo>
      id={id}
      aria-label={rest['aria-label']}
      allowClear
      placeholder={t('classification.unknown')}
      value={value}
      onChange={(next) => onChange?.(next ?? undefined)}
      options={YES_NO.map((answer) => ({ value: answer, label: t(`common.${answer === 'YES' ? 'yes' : 'no'}`) }))}
      style={{ minWidth: 110, ...style }}
    />
  )
}
