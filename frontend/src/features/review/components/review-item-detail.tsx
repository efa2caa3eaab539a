import { EditOutlined, FilePdfOutlined, StopOutlined } from '@ant-design/icons'
import { App, Button, Card, Descriptions, Space, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { HouseholdClassTag } from '@/components/household-class-tag'
import { errorMessage } from '@/lib/error-message'
import { formatDate } from '@/lib/format'
import { useDownloadCertificate } from '../api/download-certificate'
import { isCollecting, type Campaign } from '../api/get-campaign'
import { hasCertificate, OPEN_ITEM_STATES, type ReviewItem } from '../api/list-items'
import type { ReviewPermissions } from '../utils/permissions'
import { ExcludeItemModal } from './exclude-item-modal'
import { ItemStateTag } from './review-tags'

interface ReviewItemDetailProps {
  campaign: Pick<Campaign, 'id' | 'status'>
  item: ReviewItem
  permissions: ReviewPermissions
  /** Indicator names in the UI language (the code when unknown). */
  indicatorName: (code: string) => string
}

/**
 * A household of a campaign: why it is listed, where it stands, its class before the review, the
 * proposed and the decided one with the transition, its deprivations, and what the user may do.
 */
export function ReviewItemDetail({ campaign, item, permissions, indicatorName }: ReviewItemDetailProps) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [excluding, setExcluding] = useState(false)
  const certificate = useDownloadCertificate()
  const none = <Typography.Text type="secondary">{t('review.none')}</Typography.Text>
  const canSurvey = permissions.survey && item.state === 'LISTED' && isCollecting(campaign)
  const canExclude =
    permissions.run && campaign.status !== 'DECIDED' && (OPEN_ITEM_STATES.includes(item.state) || item.state === 'POSTED')

  return (
    <Card
      title={t('review.item.review')}
      extra={<ItemStateTag state={item.state} />}
      data-testid="review-item"
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'origin', label: t('review.item.field.origin'), children: t(`review.origin.${item.origin}`) },
          ...(item.requestForm
            ? [
                {
                  key: 'request',
                  label: t('review.item.field.requestForm'),
                  children: t('review.item.requestValue', {
                    form: t(`review.requestForm.${item.requestForm}`),
                    date: formatDate(item.requestedOn),
                  }),
                },
              ]
            : []),
          ...(item.decideBy ? [{ key: 'decideBy', label: t('review.item.field.decideBy'), children: formatDate(item.decideBy) }] : []),
          ...(item.screeningPassed !== null
            ? [
                {
                  key: 'screening',
                  label: t('review.item.field.screening'),
                  children: [
                    t(item.screeningPassed ? 'review.item.screeningPassed' : 'review.item.screeningFailed'),
                    item.screeningNote,
                  ]
                    .filter(Boolean)
                    .join(': '),
                },
              ]
            : []),
          { key: 'state', label: t('review.item.field.state'), children: <ItemStateTag state={item.state} /> },
          {
            key: 'previous',
            label: t('review.item.field.previousClass'),
            children: item.previousClass ? <HouseholdClassTag value={item.previousClass} /> : none,
          },
          {
            key: 'proposed',
            label: t('review.item.field.proposedClass'),
            children: item.proposedClass ? <HouseholdClassTag value={item.proposedClass} /> : none,
          },
          {
            key: 'final',
            label: t('review.item.field.finalClass'),
            children: item.finalClass ? (
              <span data-testid="final-class">
                <HouseholdClassTag value={item.finalClass} />
              </span>
            ) : (
              none
            ),
          },
          {
            key: 'transition',
            label: t('review.item.field.transition'),
            children: item.transition ? t(`review.transition.${item.transition}`) : none,
          },
          {
            key: 'deprived',
            label: t('review.item.field.deprived'),
            span: 'filled',
            children:
              item.deprivedIndicators === null ? (
                none
              ) : item.deprivedIndicators.length === 0 ? (
                t('review.item.noDeprivation')
              ) : (
                <Space size={[4, 4]} wrap data-testid="item-deprived">
                  {item.deprivedIndicators.map((code) => (
                    <Tag key={code} color="volcano">
                      {indicatorName(code)}
                    </Tag>
                  ))}
                </Space>
              ),
          },
          ...(item.note ? [{ key: 'note', label: t('review.item.field.note'), span: 'filled' as const, children: item.note }] : []),
          ...(item.excludedReason
            ? [{ key: 'excluded', label: t('review.item.field.excludedReason'), span: 'filled' as const, children: item.excludedReason }]
            : []),
        ]}
      />
      {(canSurvey || canExclude || hasCertificate(item)) && (
        <Space wrap style={{ marginTop: 16 }} data-testid="review-item-actions">
          {canSurvey && (
            <Link to={`/reviews/${campaign.id}/items/${item.id}/survey`}>
              <Button type="primary" icon={<EditOutlined />}>
                {t('review.item.survey')}
              </Button>
            </Link>
          )}
          {hasCertificate(item) && (
            <Button
              type="primary"
              icon={<FilePdfOutlined />}
              loading={certificate.isPending}
              onClick={() =>
                certificate.mutate(
                  { campaignId: campaign.id, itemId: item.id, householdCode: item.householdCode },
                  { onError: (error) => void message.error(errorMessage(error, t)) },
                )
              }
            >
              {t('review.item.certificate')}
            </Button>
          )}
          {canExclude && (
            <Button danger icon={<StopOutlined />} onClick={() => setExcluding(true)}>
              {t('review.item.exclude')}
            </Button>
          )}
        </Space>
      )}
      {canExclude && (
        <ExcludeItemModal open={excluding} onClose={() => setExcluding(false)} campaignId={campaign.id} item={item} />
      )}
    </Card>
  )
}
