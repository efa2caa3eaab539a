import { SaveOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, DatePicker, Descriptions, Flex, Form, Input } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/problem-alert'
import { formatDate } from '@/lib/format'
import type { Campaign } from '../api/get-campaign'
import { useGiveOpinion } from '../api/give-opinion'
import { useFormFailure } from '../utils/use-form-failure'

const TEXT_MAX_LENGTH = 2000

interface OpinionValues {
  givenOn?: Dayjs
  text?: string
}

/** The first day the opinion may carry: the end of the last posting, or today if later. */
function earliestOpinionDay(campaign: Pick<Campaign, 'postingEndsOn'>): Dayjs {
  const end = campaign.postingEndsOn ? dayjs(campaign.postingEndsOn) : undefined
  return end && end.isAfter(dayjs(), 'day') ? end : dayjs()
}

/** The level above's opinion (báo cáo xin ý kiến): shown once given; province officers record it. */
export function OpinionPanel({ campaign, canGive }: { campaign: Campaign; canGive: boolean }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<OpinionValues>()
  const give = useGiveOpinion()
  const { failure, fail, clear } = useFormFailure(form, ['givenOn', 'text'], { 'review.posting_not_over': 'givenOn' })
  const open = campaign.status === 'POSTING' || campaign.status === 'AWAITING_DECISION'

  const submit = async (values: OpinionValues) => {
    clear()
    if (!values.givenOn) return
    try {
      await give.mutateAsync({
        campaignId: campaign.id,
        body: { givenOn: values.givenOn.format('YYYY-MM-DD'), text: values.text?.trim() ?? '' },
      })
      void message.success(t('review.opinion.done'))
    } catch (error) {
      fail(error)
    }
  }

  return (
    <Flex vertical gap={16}>
      <Card title={t('review.opinion.title')} size="small" data-testid="opinion">
        {campaign.opinionOn ? (
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'on', label: t('review.opinion.givenOn'), children: formatDate(campaign.opinionOn) },
              { key: 'by', label: t('review.opinion.by'), children: campaign.opinionBy ?? '' },
              { key: 'text', label: t('review.opinion.text'), children: campaign.opinionText ?? '' },
            ]}
          />
        ) : (
          <Alert type="info" showIcon title={t('review.opinion.missing')} description={t('review.opinion.notYet')} />
        )}
      </Card>
      {canGive && open && (
        <Card title={campaign.opinionOn ? t('review.opinion.replace') : t('review.opinion.record')} size="small">
          <div data-testid="opinion-form">
            <Form<OpinionValues> name="opinion"
              form={form}
              layout="vertical"
              initialValues={{ givenOn: earliestOpinionDay(campaign) }}
              onFinish={(values) => void submit(values)}
              disabled={give.isPending}
            >
              <ProblemAlert failure={failure} />
              <Form.Item
                name="givenOn"
                label={t('review.opinion.givenOn')}
                rules={[{ required: true, message: t('review.invalid.dateRequired') }]}
                extra={
                  campaign.postingEndsOn && t('review.opinion.afterPosting', { date: formatDate(campaign.postingEndsOn) })
                }
              >
                <DatePicker
                  format="DD/MM/YYYY"
                  placeholder={t('review.datePlaceholder')}
                  disabledDate={(date) => Boolean(campaign.postingEndsOn) && date.isBefore(dayjs(campaign.postingEndsOn), 'day')}
                  style={{ width: 200 }}
                />
              </Form.Item>
              <Form.Item
                name="text"
                label={t('review.opinion.text')}
                rules={[
                  { required: true, whitespace: true, max: TEXT_MAX_LENGTH, message: t('review.opinion.textRequired', { max: TEXT_MAX_LENGTH }) },
                ]}
              >
                <Input.TextArea rows={4} />
              </Form.Item>
              <Button type="primary" icon={<SaveOutlined />} loading={give.isPending} onClick={() => form.submit()}>
                {t('review.opinion.save')}
              </Button>
            </Form>
          </div>
        </Card>
      )}
    </Flex>
  )
}
