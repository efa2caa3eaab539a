import { Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ParameterSpec } from '../api/list-indicator-types'
import { isCodeList, isNumber, useCodeLabel } from '../utils/parameters'

/** One threshold of an indicator, shown by its type in the catalogue. */
export function ParameterValue({ spec, value }: { spec: ParameterSpec | undefined; value: unknown }) {
  const { t, i18n } = useTranslation()
  const codeLabel = useCodeLabel(spec)
  if (value === null || value === undefined) return <Typography.Text type="secondary">—</Typography.Text>
  if (typeof value === 'boolean') return <>{t(value ? 'common.yes' : 'common.no')}</>
  if (isNumber(value)) {
    return <>{new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN').format(value)}</>
  }
  if (isCodeList(value)) {
    if (value.length === 0) return <Typography.Text type="secondary">{t('standard.parameter.none')}</Typography.Text>
    return (
      <>
        {value.map((code) => (
          <Tag key={code} style={{ marginBottom: 4 }}>
            {codeLabel(code)}
          </Tag>
        ))}
      </>
    )
  }
  return <>{typeof value === 'string' ? value : JSON.stringify(value)}</>
}
