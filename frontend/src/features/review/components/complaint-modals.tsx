import { App, DatePicker, Form, Input, Modal, Radio, Select, type FormInstance } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert, type Failure } from '@/components/problem-alert'
import { formatDate } from '@/lib/format'
import {
  COMPLAINT_KINDS,
  COMPLAINT_OUTCOMES,
  type Complaint,
  type ComplaintKind,
  type ComplaintOutcome,
} from '../api/list-complaints'
import { useItems } from '../api/list-items'
import { useReceiveComplaint } from '../api/receive-complaint'
import { useResolveComplaint } from '../api/resolve-complaint'
import { useFormFailure } from '../utils/use-form-failure'

const COMPLAINANT_MAX_LENGTH = 150
const TEXT_MAX_LENGTH = 2000

interface ModalState {
  open: boolean
  onClose: () => void
}

function ComplaintModal<Values>({
  name,
  open,
  onClose,
  title,
  okText,
  form,
  pending,
  failure,
  initialValues,
  onFinish,
  onAfterClose,
  children,
}: ModalState & {
  /** The form's name: its fields' ids start with it. */
  name: string
  title: string
  okText: string
  form: FormInstance<Values>
  pending: boolean
  failure: Failure | undefined
  initialValues: Partial<Values>
  onFinish: (values: Values) => void
  onAfterClose: () => void
  children: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields()
        onAfterClose()
      }}
      width={600}
    >
      <ProblemAlert failure={failure} />
      <Form<Values> name={name} form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish} disabled={pending}>
        {children}
      </Form>
    </Modal>
  )
}

function PastDateItem({ name, label }: { name: string; label: string }) {
  const { t } = useTranslation()
  return (
    <Form.Item
      name={name}
      label={label}
      rules={[
        { required: true, message: t('review.invalid.dateRequired') },
        {
          validator: async (_, value: Dayjs | null | undefined) => {
            if (value && value.isAfter(dayjs(), 'day')) throw new Error(t('review.invalid.dateFuture'))
          },
        },
      ]}
    >
      <DatePicker
        format="DD/MM/YYYY"
        placeholder={t('review.datePlaceholder')}
        disabledDate={(date) => date.isAfter(dayjs(), 'day')}
        style={{ width: 200 }}
      />
    </Form.Item>
  )
}

interface ReceiveValues {
  itemId?: string
  complainant?: string
  kind?: ComplaintKind
  content?: string
  receivedOn?: Dayjs
}

/** Receives a complaint about a posted result; the household goes under re-check (phúc tra). */
export function ReceiveComplaintModal({ campaignId, recheckDays, ...state }: ModalState & { campaignId: string; recheckDays: number }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<ReceiveValues>()
  const receive = useReceiveComplaint()
  const posted = useItems(campaignId, { state: 'POSTED' }, { limit: 500, enabled: state.open })
  const { failure, fail, clear } = useFormFailure(form, ['itemId', 'complainant', 'kind', 'content', 'receivedOn'], {
    'review.complaint_not_posted': 'itemId',
  })
  const options = (posted.data?.pages.flatMap((page) => page.items) ?? []).map((item) => ({
    value: item.id,
    label: [item.householdCode, item.headName, item.villageName].filter(Boolean).join(' · '),
  }))

  const submit = async (values: ReceiveValues) => {
    clear()
    if (!values.itemId || !values.kind || !values.receivedOn) return
    try {
      const complaint = await receive.mutateAsync({
        campaignId,
        body: {
          itemId: values.itemId,
          complainant: values.complainant?.trim() ?? '',
          kind: values.kind,
          content: values.content?.trim() || undefined,
          receivedOn: values.receivedOn.format('YYYY-MM-DD'),
        },
      })
      void message.success(t('review.complaint.received', { code: complaint.householdCode, date: formatDate(complaint.recheckDue) }))
      state.onClose()
    } catch (error) {
      fail(error)
    }
  }

  return (
    <ComplaintModal<ReceiveValues>
      {...state}
      name="complaint"
      title={t('review.complaint.receive')}
      okText={t('review.complaint.receiveOk')}
      form={form}
      pending={receive.isPending}
      failure={failure}
      initialValues={{ receivedOn: dayjs() }}
      onFinish={(values) => void submit(values)}
      onAfterClose={clear}
    >
      <Form.Item name="itemId" label={t('review.complaint.household')} rules={[{ required: true, message: t('review.complaint.householdRequired') }]}>
        <Select
          aria-label={t('review.complaint.household')}
          options={options}
          loading={posted.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          notFoundContent={t('review.complaint.noPosted')}
        />
      </Form.Item>
      <Form.Item
        name="complainant"
        label={t('review.complaint.complainant')}
        rules={[
          {
            required: true,
            whitespace: true,
            max: COMPLAINANT_MAX_LENGTH,
            message: t('review.complaint.complainantRequired', { max: COMPLAINANT_MAX_LENGTH }),
          },
        ]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="kind" label={t('review.complaint.kind')} rules={[{ required: true, message: t('review.complaint.kindRequired') }]}>
        <Radio.Group options={COMPLAINT_KINDS.map((value) => ({ value, label: t(`review.complaintKind.${value}`) }))} />
      </Form.Item>
      <Form.Item
        name="content"
        label={t('review.complaint.content')}
        rules={[{ max: TEXT_MAX_LENGTH, message: t('review.invalid.textTooLong', { max: TEXT_MAX_LENGTH }) }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <PastDateItem name="receivedOn" label={t('review.complaint.receivedOn')} />
      <div style={{ color: 'rgba(0,0,0,0.45)' }}>{t('review.complaint.recheckRule', { days: recheckDays })}</div>
    </ComplaintModal>
  )
}

interface ResolveValues {
  outcome?: ComplaintOutcome
  resolvedOn?: Dayjs
  resolution?: string
}

/** Records a complaint's re-check: upheld (the household is surveyed again) or rejected (the result stands). */
export function ResolveComplaintModal({ campaignId, complaint, ...state }: ModalState & { campaignId: string; complaint: Complaint }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<ResolveValues>()
  const resolve = useResolveComplaint()
  const { failure, fail, clear } = useFormFailure(form, ['outcome', 'resolvedOn', 'resolution'])

  const submit = async (values: ResolveValues) => {
    clear()
    if (!values.outcome || !values.resolvedOn) return
    try {
      await resolve.mutateAsync({
        campaignId,
        complaintId: complaint.id,
        body: {
          outcome: values.outcome,
          resolvedOn: values.resolvedOn.format('YYYY-MM-DD'),
          resolution: values.resolution?.trim() || undefined,
        },
      })
      void message.success(t('review.complaint.resolved', { code: complaint.householdCode }))
      state.onClose()
    } catch (error) {
      fail(error)
    }
  }

  return (
    <ComplaintModal<ResolveValues>
      {...state}
      name="resolution"
      title={t('review.complaint.resolveTitle', { code: complaint.householdCode })}
      okText={t('review.complaint.resolveOk')}
      form={form}
      pending={resolve.isPending}
      failure={failure}
      initialValues={{ resolvedOn: dayjs() }}
      onFinish={(values) => void submit(values)}
      onAfterClose={clear}
    >
      <Form.Item name="outcome" label={t('review.complaint.outcome')} rules={[{ required: true, message: t('review.complaint.outcomeRequired') }]}>
        <Radio.Group options={COMPLAINT_OUTCOMES.map((value) => ({ value, label: t(`review.complaintOutcome.${value}`) }))} />
      </Form.Item>
      <PastDateItem name="resolvedOn" label={t('review.complaint.resolvedOn')} />
      <Form.Item
        name="resolution"
        label={t('review.complaint.resolution')}
        rules={[{ max: TEXT_MAX_LENGTH, message: t('review.invalid.textTooLong', { max: TEXT_MAX_LENGTH }) }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </ComplaintModal>
  )
}
