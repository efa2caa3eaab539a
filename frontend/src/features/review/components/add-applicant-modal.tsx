import { App, DatePicker, Form, Input, Modal, Radio } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/problem-alert'
import { REQUEST_FORMS, useAddApplicant, type RequestForm } from '../api/add-applicant'
import type { Campaign } from '../api/get-campaign'
import type { HouseholdPicker } from '../utils/pickers'
import { useFormFailure } from '../utils/use-form-failure'

interface ApplicantValues {
  householdId?: string
  form: RequestForm
  requestedOn?: Dayjs
  screeningPassed: boolean
  screeningNote?: string
}

const NOTE_MAX_LENGTH = 500

interface AddApplicantModalProps {
  open: boolean
  onClose: () => void
  campaign: Pick<Campaign, 'id' | 'communeCode'>
  HouseholdSelect: HouseholdPicker
}

/**
 * Lists a household of the commune that filed Mẫu 01 (to be reviewed) or Mẫu 04 (to be recognised
 * as out of poverty), with the result of its quick screen (Phiếu A).
 */
export function AddApplicantModal({ open, onClose, campaign, HouseholdSelect }: AddApplicantModalProps) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<ApplicantValues>()
  const add = useAddApplicant()
  const { failure, fail, clear } = useFormFailure(form, ['householdId', 'form', 'requestedOn', 'screeningPassed', 'screeningNote'], {
    'review.already_listed': 'householdId',
    'review.household_not_in_commune': 'householdId',
  })

  const submit = async (values: ApplicantValues) => {
    clear()
    if (!values.householdId || !values.requestedOn) return
    try {
      const item = await add.mutateAsync({
        campaignId: campaign.id,
        body: {
          householdId: values.householdId,
          form: values.form,
          requestedOn: values.requestedOn.format('YYYY-MM-DD'),
          screeningPassed: values.screeningPassed,
          screeningNote: values.screeningNote?.trim() || undefined,
        },
      })
      void message.success(
        t(item.state === 'SCREENED_OUT' ? 'review.applicant.screenedOut' : 'review.applicant.done', { code: item.householdCode }),
      )
      onClose()
    } catch (error) {
      fail(error)
    }
  }

  return (
    <Modal
      open={open}
      title={t('review.applicant.title')}
      okText={t('review.applicant.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={add.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields()
        clear()
      }}
      width={600}
    >
      <ProblemAlert failure={failure} />
      <Form<ApplicantValues> name="applicant"
        form={form}
        layout="vertical"
        initialValues={{ form: 'MAU_01', requestedOn: dayjs(), screeningPassed: true }}
        onFinish={(values) => void submit(values)}
        disabled={add.isPending}
      >
        <Form.Item
          name="householdId"
          label={t('review.applicant.household')}
          rules={[{ required: true, message: t('review.applicant.householdRequired') }]}
        >
          <HouseholdSelect communeCode={campaign.communeCode} aria-label={t('review.applicant.household')} />
        </Form.Item>
        <Form.Item name="form" label={t('review.applicant.form')}>
          <Radio.Group options={REQUEST_FORMS.map((value) => ({ value, label: t(`review.requestForm.${value}`) }))} />
        </Form.Item>
        <Form.Item
          name="requestedOn"
          label={t('review.applicant.requestedOn')}
          rules={[{ required: true, message: t('review.invalid.dateRequired') }]}
        >
          <DatePicker format="DD/MM/YYYY" placeholder={t('review.datePlaceholder')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="screeningPassed" label={t('review.applicant.screeningPassed')}>
          <Radio.Group
            options={[
              { value: true, label: t('review.item.screeningPassed') },
              { value: false, label: t('review.item.screeningFailed') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="screeningNote"
          label={t('review.applicant.screeningNote')}
          rules={[{ max: NOTE_MAX_LENGTH, message: t('review.invalid.textTooLong', { max: NOTE_MAX_LENGTH }) }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
