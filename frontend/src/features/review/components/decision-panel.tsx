import { CheckCircleFilled, CloseCircleFilled, SafetyCertificateOutlined } from '@ant-design/icons'
import { useQueryClient } from '@tanstack/react-query'
import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Input, Result, Row, Typography } from 'antd'
import type { TFunction } from 'i18next'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ProblemAlert, type Failure } from '@/components/problem-alert'
import { isApiError } from '@/lib/error-message'
import { formatDate } from '@/lib/format'
import { useDecideCampaign } from '../api/decide-campaign'
import type { Campaign } from '../api/get-campaign'
import { invalidateCampaign } from '../api/invalidate-campaign'
import { useGaps, type Gap } from '../api/list-gaps'
import { namedHouseholds } from '../utils/gap-violations'

const NUMBER_MAX_LENGTH = 50

/** The decision comes after the level above's opinion: today, or the opinion's day if later. */
function earliestDecisionDay(campaign: Pick<Campaign, 'opinionOn'>): Dayjs {
  const opinion = campaign.opinionOn ? dayjs(campaign.opinionOn) : undefined
  return opinion && opinion.isAfter(dayjs(), 'day') ? opinion : dayjs()
}

interface DecisionValues {
  number?: string
  decidedOn?: Dayjs
}

function Check({ ok, children, testId }: { ok: boolean; children: string; testId: string }) {
  return (
    <Flex gap={8} align="center" data-testid={testId} data-ok={ok}>
      {ok ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : <CloseCircleFilled style={{ color: '#ff4d4f' }} />}
      <Typography.Text>{children}</Typography.Text>
    </Flex>
  )
}

function gapLine(gap: Gap, t: TFunction): string {
  return t('review.decision.waitsFor', {
    code: gap.householdCode,
    head: gap.headName ?? '',
    village: gap.villageName ?? t('review.village.none'),
    step: t(`review.step.${gap.waitsFor}`),
  })
}

/**
 * The chairman's decision (Mẫu 02). It is possible once every listed household has a result or a
 * recorded reason and the level above has given its opinion; until then the button stays disabled
 * with the reason. A refusal by the server (422 review.gaps) names the households still open.
 */
export function DecisionPanel({ campaign, canDecide }: { campaign: Campaign; canDecide: boolean }) {
  const { t } = useTranslation()
  const { message, modal } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<DecisionValues>()
  const decide = useDecideCampaign()
  const [failure, setFailure] = useState<Failure>()
  // A refusal for gaps names households: read the gaps to name them in the UI language too.
  const refusedForGaps = failure !== undefined && isApiError(failure.error) && failure.error.code === 'review.gaps'
  const gaps = useGaps(campaign.id, { enabled: campaign.gaps > 0 || refusedForGaps })
  const decided = campaign.status === 'DECIDED'
  const opinionGiven = campaign.opinionOn !== null
  const blocked = campaign.gaps > 0 ? t('review.decision.blockedGaps', { count: campaign.gaps }) : !opinionGiven ? t('review.decision.blockedOpinion') : undefined

  const send = async (values: DecisionValues) => {
    if (!values.number || !values.decidedOn) return
    setFailure(undefined)
    try {
      const result = await decide.mutateAsync({
        campaign,
        body: { number: values.number.trim(), decidedOn: values.decidedOn.format('YYYY-MM-DD') },
      })
      void message.success(t('review.decision.done', { number: result.decisionNumber ?? values.number }))
    } catch (error) {
      setFailure({ error })
      // The board shows what changed meanwhile (the gaps named, a newer version).
      await invalidateCampaign(queryClient, campaign.id)
    }
  }

  const confirm = (values: DecisionValues) => {
    modal.confirm({
      title: t('review.decision.confirmTitle', { number: values.number?.trim() ?? '' }),
      content: t('review.decision.confirm'),
      okText: t('review.decision.decide'),
      cancelText: t('common.cancel'),
      onOk: () => send(values),
    })
  }

  const named = refusedForGaps && isApiError(failure.error) ? namedHouseholds(failure.error.violations, gaps.data) : []

  if (decided) {
    return (
      <Card title={t('review.decision.title')} data-testid="decision">
        <Result
          status="success"
          icon={<SafetyCertificateOutlined />}
          title={t('review.decision.decided', {
            number: campaign.decisionNumber ?? '',
            date: formatDate(campaign.decisionOn),
            by: campaign.decidedBy ?? '',
          })}
          subTitle={t('review.decision.decidedHint')}
        />
      </Card>
    )
  }

  return (
    <Card title={t('review.decision.title')} data-testid="decision">
      <Flex vertical gap={16}>
        <Flex vertical gap={8}>
          <Check ok={campaign.gaps === 0} testId="decision-check-gaps">
            {campaign.gaps === 0 ? t('review.gaps.none') : t('review.gaps.title', { count: campaign.gaps })}
          </Check>
          {campaign.gaps > 0 && (
            <ul data-testid="decision-gaps" style={{ margin: 0, paddingInlineStart: 40 }}>
              {gaps.isPending && <li>{t('review.loading')}</li>}
              {(gaps.data ?? []).map((gap) => (
                <li key={gap.itemId}>
                  <Link to={`/reviews/${campaign.id}/items/${gap.itemId}`}>{gapLine(gap, t)}</Link>
                </li>
              ))}
            </ul>
          )}
          <Check ok={opinionGiven} testId="decision-check-opinion">
            {opinionGiven
              ? t('review.opinion.given', { date: formatDate(campaign.opinionOn), by: campaign.opinionBy ?? '' })
              : t('review.opinion.missing')}
          </Check>
        </Flex>
        {!canDecide ? (
          <Alert type="info" showIcon title={t('review.decision.onlyChair')} />
        ) : (
          <div data-testid="decision-form">
            <Form<DecisionValues> name="decision"
              form={form}
              layout="vertical"
              initialValues={{ decidedOn: earliestDecisionDay(campaign) }}
              onFinish={confirm}
              disabled={decide.isPending}
            >
              <ProblemAlert
                failure={failure}
                conflictText={t('review.conflict')}
                onReload={() => {
                  setFailure(undefined)
                  void invalidateCampaign(queryClient, campaign.id)
                }}
              >
                {named.length > 0 && (
                  <>
                    <Typography.Text>{t('review.decision.namedHouseholds')}</Typography.Text>
                    <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="named-households">
                      {named.map((household) => (
                        <li key={household.householdCode}>
                          {household.gap ? (
                            <Link to={`/reviews/${campaign.id}/items/${household.gap.itemId}`}>{gapLine(household.gap, t)}</Link>
                          ) : (
                            household.message
                          )}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </ProblemAlert>
              <Row gutter={16}>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="number"
                    label={t('review.decision.number')}
                    rules={[
                      { required: true, whitespace: true, max: NUMBER_MAX_LENGTH, message: t('review.decision.numberRequired', { max: NUMBER_MAX_LENGTH }) },
                    ]}
                  >
                    <Input placeholder="125/QĐ-UBND" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="decidedOn"
                    label={t('review.decision.decidedOn')}
                    rules={[
                      { required: true, message: t('review.invalid.dateRequired') },
                      {
                        validator: async (_, value: Dayjs | null | undefined) => {
                          if (value && campaign.opinionOn && value.isBefore(dayjs(campaign.opinionOn), 'day')) {
                            throw new Error(t('review.decision.beforeOpinion', { date: formatDate(campaign.opinionOn) }))
                          }
                        },
                      },
                    ]}
                  >
                    <DatePicker
                      format="DD/MM/YYYY"
                      placeholder={t('review.datePlaceholder')}
                      disabledDate={(date) => Boolean(campaign.opinionOn) && date.isBefore(dayjs(campaign.opinionOn), 'day')}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                </Col>
              </Row>
              <Flex vertical gap={8} align="start">
                <Button
                  type="primary"
                  icon={<SafetyCertificateOutlined />}
                  loading={decide.isPending}
                  disabled={blocked !== undefined}
                  onClick={() => form.submit()}
                >
                  {t('review.decision.decide')}
                </Button>
                {blocked && (
                  <Typography.Text type="danger" data-testid="decision-blocked">
                    {blocked}
                  </Typography.Text>
                )}
              </Flex>
            </Form>
          </div>
        )}
      </Flex>
    </Card>
  )
}
