import { Descriptions, Table, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { isTranslationKey } from '@/lib/i18n'
import { formatMoney } from '@/lib/format'
import { useFormats } from '@/lib/use-formats'
import { readFigures, type ClassCount } from '../utils/figures'

/** A list of counts by code ("DECIDED: 2, LISTED: 1"), codes in words where known. */
function CountList({ entries, prefix }: { entries: [string, number][]; prefix: string }) {
  const { t } = useTranslation()
  const formats = useFormats()
  if (entries.length === 0) return <Typography.Text type="secondary">{t('reporting.figures.none')}</Typography.Text>
  return (
    <>
      {entries.map(([code, count], index) => {
        const key = `${prefix}.${code}`
        return (
          <span key={code}>
            {index > 0 && ', '}
            {isTranslationKey(key) ? t(key) : code}: <b>{formats.number(count)}</b>
          </span>
        )
      })}
    </>
  )
}

/** The figures frozen when a version was sent: households by class, and what the obligation's content adds. */
export function FrozenFigures({ figures }: { figures: Record<string, unknown> }) {
  const { t } = useTranslation()
  const formats = useFormats()
  const read = readFigures(figures)
  const label = (prefix: string, code: string) => {
    const key = `${prefix}.${code}`
    return isTranslationKey(key) ? t(key) : code
  }
  const className = (code: string) => label('reporting.class', code)
  return (
    <div data-testid="frozen-figures">
      {read.households && read.households.length > 0 && (
        <Table<ClassCount>
          size="small"
          rowKey="code"
          pagination={false}
          style={{ marginBottom: 12, maxWidth: 560 }}
          dataSource={read.households}
          columns={[
            {
              title: t('reporting.figures.class'),
              key: 'code',
              render: (_, row) => (row.code === 'TOTAL' ? <b>{className(row.code)}</b> : className(row.code)),
            },
            { title: t('reporting.figures.households'), key: 'households', align: 'right', render: (_, row) => formats.number(row.households) },
            { title: t('reporting.figures.persons'), key: 'persons', align: 'right', render: (_, row) => formats.number(row.persons) },
          ]}
        />
      )}
      <Descriptions size="small" column={1} bordered>
        {read.content && (
          <Descriptions.Item label={t('reporting.figures.content')}>
            {label('reporting.content', read.content)}
          </Descriptions.Item>
        )}
        {read.regularReview && (
          <>
            <Descriptions.Item label={t('reporting.figures.requests')}>{formats.number(read.regularReview.requests)}</Descriptions.Item>
            <Descriptions.Item label={t('reporting.figures.itemStates')}>
              <CountList entries={read.regularReview.states} prefix="reporting.itemState" />
            </Descriptions.Item>
            <Descriptions.Item label={t('reporting.figures.transitions')}>
              <CountList entries={read.regularReview.transitions} prefix="reporting.transition" />
            </Descriptions.Item>
          </>
        )}
        {read.periodicReview && (
          <>
            <Descriptions.Item label={t('reporting.figures.campaigns')}>
              <CountList entries={read.periodicReview.campaigns} prefix="reporting.campaignStatus" />
            </Descriptions.Item>
            <Descriptions.Item label={t('reporting.figures.transitions')}>
              <CountList entries={read.periodicReview.transitions} prefix="reporting.transition" />
            </Descriptions.Item>
          </>
        )}
        {read.support && (
          <>
            <Descriptions.Item label={t('reporting.figures.plans')}>{formats.number(read.support.plans)}</Descriptions.Item>
            <Descriptions.Item label={t('reporting.figures.itemsDelivered')}>{formats.number(read.support.itemsDelivered)}</Descriptions.Item>
            <Descriptions.Item label={t('reporting.figures.valueDelivered')}>{formatMoney(read.support.valueDeliveredVnd)}</Descriptions.Item>
          </>
        )}
        {read.other.map(([key, value]) => (
          <Descriptions.Item key={key} label={key}>
            {value}
          </Descriptions.Item>
        ))}
      </Descriptions>
    </div>
  )
}
