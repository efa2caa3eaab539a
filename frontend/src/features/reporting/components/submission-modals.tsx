import { App, DatePicker, Form, Input } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import type { Submission } from '../api/list-submissions'
import { useReopenSubmission } from '../api/reopen-submission'
import { useReturnSubmission } from '../api/return-submission'
import { useSubmitReport } from '../api/submit-report'
import { FormModal, type FormModalState } from '@/components/form-modal'

const NARRATIVE_MAX_LENGTH = 10_000
const REASON_MAX_LENGTH = 2_000

interface ModalProps extends FormModalState {
  submission: Submission
}

/**
 * Sends the report with a narrative; the server computes the figures from the registry now and
 * freezes them with this version (shown in the history afterwards).
 */
export function SubmitReportModal({ submission, ...state }: ModalProps) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ narrative?: string }>()
  const submit = useSubmitReport()
  const late = dayjs().format('YYYY-MM-DD') > submission.dueOn
  return (
    <FormModal<{ narrative?: string }>
      {...state}
      title={t('reporting.submit.title', { title: submission.obligationTitle, period: submission.periodLabel })}
      okText={t('reporting.submit.send')}
      form={form}
      fields={['narrative']}
      pending={submit.isPending}
      onSubmit={async ({ narrative }) => {
        const sent = await submit.mutateAsync({ id: submission.id, body: { narrative: narrative?.trim() || undefined } })
        void message.success(t(sent.state === 'SUBMITTED_LATE' ? 'reporting.submit.doneLate' : 'reporting.submit.done'))
      }}
    >
      <p>{t(late ? 'reporting.submit.introLate' : 'reporting.submit.intro')}</p>
      <Form.Item
        name="narrative"
        label={t('reporting.submit.narrative')}
        rules={[{ max: NARRATIVE_MAX_LENGTH, message: t('reporting.invalid.narrative', { max: NARRATIVE_MAX_LENGTH }) }]}
      >
        <Input.TextArea rows={6} placeholder={t('reporting.submit.narrativePlaceholder')} />
      </Form.Item>
    </FormModal>
  )
}

/** The recipient returns the report with the reason; the unit corrects and sends it again. */
export function ReturnSubmissionModal({ submission, ...state }: ModalProps) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ reason: string }>()
  const returned = useReturnSubmission()
  return (
    <FormModal<{ reason: string }>
      {...state}
      title={t('reporting.return.title', { unit: submission.unitName, period: submission.periodLabel })}
      okText={t('reporting.return.confirm')}
      form={form}
      fields={['reason']}
      pending={returned.isPending}
      onSubmit={async ({ reason }) => {
        await returned.mutateAsync({ id: submission.id, reason: reason.trim() })
        void message.success(t('reporting.return.done'))
      }}
    >
      <Form.Item
        name="reason"
        label={t('reporting.return.reason')}
        rules={[
          { required: true, whitespace: true, message: t('reporting.invalid.reasonRequired') },
          { max: REASON_MAX_LENGTH, message: t('reporting.invalid.reason', { max: REASON_MAX_LENGTH }) },
        ]}
      >
        <Input.TextArea rows={4} />
      </Form.Item>
    </FormModal>
  )
}

/** The recipient lets a locked report still be sent, until a date (today or later). */
export function ReopenSubmissionModal({ submission, ...state }: ModalProps) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ until: Dayjs }>()
  const reopen = useReopenSubmission()
  return (
    <FormModal<{ until: Dayjs }>
      {...state}
      title={t('reporting.reopen.title', { unit: submission.unitName, period: submission.periodLabel })}
      okText={t('reporting.reopen.confirm')}
      form={form}
      fields={['until']}
      initialValues={{ until: dayjs().add(7, 'day') }}
      pending={reopen.isPending}
      onSubmit={async ({ until }) => {
        await reopen.mutateAsync({ id: submission.id, until: until.format('YYYY-MM-DD') })
        void message.success(t('reporting.reopen.done', { until: until.format('DD/MM/YYYY') }))
      }}
    >
      <p>{t('reporting.reopen.intro')}</p>
      <Form.Item name="until" label={t('reporting.reopen.until')} rules={[{ required: true, message: t('reporting.invalid.until') }]}>
        <DatePicker
          format="DD/MM/YYYY"
          placeholder={t('reporting.datePlaceholder')}
          disabledDate={(date) => date.isBefore(dayjs(), 'day')}
          style={{ width: 200 }}
        />
      </Form.Item>
    </FormModal>
  )
}
