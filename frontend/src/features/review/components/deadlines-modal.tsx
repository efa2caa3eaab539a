import { useQueryClient } from '@tanstack/react-query'
import { App, Col, DatePicker, Form, InputNumber, Modal, Row } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/problem-alert'
import type { Campaign } from '../api/get-campaign'
import { invalidateCampaign } from '../api/invalidate-campaign'
import { STEPS, type Step } from '../api/list-campaigns'
import { useSetDeadlines } from '../api/set-deadlines'
import { useFormFailure } from '../utils/use-form-failure'

const FIELDS: Record<Step, 'surveyDue' | 'meetingsDue' | 'postingDue' | 'opinionDue' | 'decisionDue'> = {
  SURVEY: 'surveyDue',
  MEETINGS: 'meetingsDue',
  POSTING: 'postingDue',
  OPINION: 'opinionDue',
  DECISION: 'decisionDue',
}

type DeadlineValues = Partial<Record<(typeof FIELDS)[Step], Dayjs>> & {
  postingDays?: number | null
  recheckDays?: number | null
}

function initialValues(campaign: Pick<Campaign, 'deadlines' | 'postingDays' | 'recheckDays'>): DeadlineValues {
  const values: DeadlineValues = { postingDays: campaign.postingDays, recheckDays: campaign.recheckDays }
  for (const deadline of campaign.deadlines) values[FIELDS[deadline.step]] = dayjs(deadline.due)
  return values
}

/** The province sets the campaign's own due dates and the working days of posting and re-check. */
export function DeadlinesModal({ open, onClose, campaign }: { open: boolean; onClose: () => void; campaign: Campaign }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<DeadlineValues>()
  const save = useSetDeadlines()
  const { failure, fail, clear } = useFormFailure(form, [...Object.values(FIELDS), 'postingDays', 'recheckDays'])

  const submit = async (values: DeadlineValues) => {
    clear()
    const due = (step: Step) => values[FIELDS[step]]?.format('YYYY-MM-DD') ?? ''
    try {
      await save.mutateAsync({
        campaign,
        body: {
          surveyDue: due('SURVEY'),
          meetingsDue: due('MEETINGS'),
          postingDue: due('POSTING'),
          opinionDue: due('OPINION'),
          decisionDue: due('DECISION'),
          postingDays: values.postingDays ?? undefined,
          recheckDays: values.recheckDays ?? undefined,
        },
      })
      void message.success(t('review.deadlines.done'))
      onClose()
    } catch (error) {
      fail(error)
    }
  }

  return (
    <Modal
      open={open}
      title={t('review.deadlines.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => {
        if (opened) form.setFieldsValue(initialValues(campaign))
      }}
      afterClose={clear}
      width={640}
    >
      <ProblemAlert
        failure={failure}
        conflictText={t('review.conflict')}
        onReload={() => {
          clear()
          void invalidateCampaign(queryClient, campaign.id)
        }}
      />
      <Form<DeadlineValues>
        name="deadlines"
        form={form}
        layout="vertical"
        initialValues={initialValues(campaign)}
        onFinish={(values) => void submit(values)}
        disabled={save.isPending}
      >
        <Row gutter={16}>
          {STEPS.map((step, index) => (
            <Col key={step} xs={24} sm={12}>
              <Form.Item
                name={FIELDS[step]}
                label={t('review.deadlines.due', { step: t(`review.step.${step}`) })}
                dependencies={index > 0 ? [FIELDS[STEPS[index - 1]]] : []}
                rules={[
                  { required: true, message: t('review.invalid.dateRequired') },
                  ({ getFieldValue }) => ({
                    // Each step is due on or after the one before it (the backend's rule too).
                    validator: async (_, value: Dayjs | null | undefined) => {
                      if (index === 0 || !value) return
                      const previous = getFieldValue(FIELDS[STEPS[index - 1]]) as Dayjs | null | undefined
                      if (previous && value.isBefore(previous, 'day')) {
                        throw new Error(t('review.deadlines.outOfOrder', { step: t(`review.step.${STEPS[index - 1]}`) }))
                      }
                    },
                  }),
                ]}
              >
                <DatePicker format="DD/MM/YYYY" placeholder={t('review.datePlaceholder')} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
          <Col xs={12} sm={6}>
            <Form.Item
              name="postingDays"
              label={t('review.deadlines.postingDays')}
              rules={[{ required: true, type: 'integer', min: 1, max: 30, message: t('review.posting.daysRequired') }]}
            >
              <InputNumber<number> min={1} max={30} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item
              name="recheckDays"
              label={t('review.deadlines.recheckDays')}
              rules={[{ required: true, type: 'integer', min: 1, max: 30, message: t('review.posting.daysRequired') }]}
            >
              <InputNumber<number> min={1} max={30} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  )
}
