import { Alert, Card, Empty, Flex, Spin, Statistic, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { HouseholdClassTag } from '@/components/household-class-tag'
import { errorMessage } from '@/lib/error-message'
import { useLocalized } from '@/lib/i18n/use-localized'
import { useClassificationPreview, type EvaluateRequest } from '../api/preview-classification'

interface RecordPreviewProps {
  /** The record as typed (debounced); undefined while it cannot be classified yet. */
  request: EvaluateRequest | undefined
  /** Why there is no request although the officer typed (the commune's area type is unknown). */
  blocked?: string
}

/** The class the record would get, recomputed as the officer types: class, score B, deprivations. */
export function RecordPreview({ request, blocked }: RecordPreviewProps) {
  const { t } = useTranslation()
  const localized = useLocalized()
  const preview = useClassificationPreview(request)
  const result = request ? preview.data : undefined

  const indicatorName = (code: string) => {
    const outcome = result?.indicators.find((candidate) => candidate.code === code)
    return outcome ? localized(outcome.name, outcome.nameEn) : code
  }

  return (
    <Card
      title={t('household.preview.title')}
      extra={preview.isFetching && <Spin size="small" />}
      data-testid="record-preview"
    >
      <Typography.Paragraph type="secondary">{t('household.preview.hint')}</Typography.Paragraph>
      {blocked ? (
        <Alert type="warning" showIcon title={blocked} />
      ) : !request ? (
        <Empty description={t('household.preview.waiting')} />
      ) : preview.isError ? (
        <Alert type="error" showIcon title={errorMessage(preview.error, t)} data-testid="preview-error" />
      ) : result ? (
        <Flex vertical gap={12}>
          <Flex align="center" gap={12} wrap>
            <span data-testid="preview-class">
              <HouseholdClassTag value={result.classification} large />
            </span>
            <Typography.Text type="secondary">
              {t('household.record.standardOfYear', { year: result.year, code: result.standardCode })}
            </Typography.Text>
          </Flex>
          <Flex gap={32} wrap>
            <Statistic title={t('household.record.scoreB')} value={result.scoreB} />
            <Statistic title={t('household.field.deprivedCount')} value={result.deprivationCount} />
          </Flex>
          <div>
            <Typography.Text strong>{t('household.preview.deprived')}</Typography.Text>
            {result.deprivedIndicators.length === 0 ? (
              <div>
                <Typography.Text type="secondary">{t('household.preview.noDeprivation')}</Typography.Text>
              </div>
            ) : (
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }} data-testid="preview-deprived">
                {result.deprivedIndicators.map((code) => {
                  const why = result.explanations.find((explanation) => explanation.indicator === code)
                  return (
                    <li key={code}>
                      <Typography.Text>{indicatorName(code)}</Typography.Text>
                      {why && (
                        <Typography.Text type="secondary">: {localized(why.text, why.textEn)}</Typography.Text>
                      )}
                    </li>
                  )
                })}
              </ul>
            )}
          </div>
          {result.undeterminedIndicators.length > 0 && (
            <Alert
              type="info"
              showIcon
              title={t('classification.result.undetermined', { count: result.undeterminedIndicators.length })}
              description={result.undeterminedIndicators.map(indicatorName).join(', ')}
            />
          )}
        </Flex>
      ) : (
        <Spin />
      )}
    </Card>
  )
}
