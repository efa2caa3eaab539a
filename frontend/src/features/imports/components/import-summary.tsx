import { Card, Col, Row, Statistic, theme } from 'antd'
import { useTranslation } from 'react-i18next'
import { useFormats } from '@/lib/use-formats'
import type { ImportSummary } from '../api/get-import'

type Kind = 'new' | 'updated' | 'unchanged' | 'rejected'
const KINDS: readonly Kind[] = ['new', 'updated', 'unchanged', 'rejected']

function counts(summary: ImportSummary, of: 'households' | 'members'): Record<Kind, number> {
  return of === 'households'
    ? {
        new: summary.householdsNew,
        updated: summary.householdsUpdated,
        unchanged: summary.householdsUnchanged,
        rejected: summary.householdsRejected,
      }
    : {
        new: summary.membersNew,
        updated: summary.membersUpdated,
        unchanged: summary.membersUnchanged,
        rejected: summary.membersRejected,
      }
}

/** What the commit does (once validated) or did (once committed): households and members, new to rejected. */
export function ImportSummaryCards({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation()
  const format = useFormats()
  const { token } = theme.useToken()
  const colors: Record<Kind, string | undefined> = {
    new: token.colorSuccess,
    updated: token.colorPrimary,
    unchanged: undefined,
    rejected: token.colorError,
  }
  return (
    <Row gutter={[12, 12]} data-testid="import-summary">
      {(['households', 'members'] as const).map((of) => {
        const values = counts(summary, of)
        return (
          <Col key={of} xs={24} lg={12}>
            <Card
              size="small"
              title={
                of === 'households'
                  ? t('imports.summary.households', { number: format.number(summary.householdsTotal) })
                  : t('imports.summary.members')
              }
            >
              <Row gutter={12}>
                {KINDS.map((kind) => (
                  <Col key={kind} span={6} data-testid={`summary-${of}-${kind}`}>
                    <Statistic
                      title={t(`imports.summary.${kind}`)}
                      value={values[kind]}
                      formatter={(value) => format.number(Number(value))}
                      styles={{ content: { color: values[kind] > 0 ? colors[kind] : undefined } }}
                    />
                  </Col>
                ))}
              </Row>
            </Card>
          </Col>
        )
      })}
    </Row>
  )
}
