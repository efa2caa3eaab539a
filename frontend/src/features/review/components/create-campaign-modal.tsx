import { App, Form, InputNumber, Modal, Radio, Select, Typography } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/problem-alert'
import { useCreateCampaign } from '../api/create-campaign'
import type { Campaign } from '../api/get-campaign'
import { CAMPAIGN_KINDS, type CampaignKind } from '../api/list-campaigns'
import { campaignPeriod } from '../utils/period'
import type { CommunePicker } from '../utils/pickers'
import { useFormFailure } from '../utils/use-form-failure'

interface CreateCampaignValues {
  communeCode?: string
  kind: CampaignKind
  year?: number | null
  month?: number
}

interface CreateCampaignModalProps {
  open: boolean
  onClose: () => void
  CommuneSelect: CommunePicker
  defaultCommuneCode?: string
  onCreated: (campaign: Campaign) => void
}

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1)

/** Opens a periodic review of a year, or a regular one of a month, for a commune. */
export function CreateCampaignModal({ open, onClose, CommuneSelect, defaultCommuneCode, onCreated }: CreateCampaignModalProps) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<CreateCampaignValues>()
  const create = useCreateCampaign()
  const { failure, fail, clear } = useFormFailure(form, ['communeCode', 'kind', 'year', 'month'], {
    'review.month_required': 'month',
  })
  const kind = Form.useWatch('kind', form) ?? 'PERIODIC'

  const submit = async (values: CreateCampaignValues) => {
    clear()
    if (!values.communeCode || !values.year) return
    try {
      const campaign = await create.mutateAsync({
        communeCode: values.communeCode,
        kind: values.kind,
        year: values.year,
        month: values.kind === 'REGULAR' ? values.month : undefined,
      })
      void message.success(t('review.create.done', { period: campaignPeriod(campaign, t) }))
      onClose()
      onCreated(campaign)
    } catch (error) {
      fail(error)
    }
  }

  return (
    <Modal
      open={open}
      title={t('review.create.title')}
      okText={t('review.create.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields()
        clear()
      }}
      width={560}
    >
      <ProblemAlert failure={failure} />
      <Form<CreateCampaignValues> name="campaign"
        form={form}
        layout="vertical"
        initialValues={{ communeCode: defaultCommuneCode, kind: 'PERIODIC', year: dayjs().year(), month: dayjs().month() + 1 }}
        onFinish={(values) => void submit(values)}
        disabled={create.isPending}
      >
        <Form.Item
          name="communeCode"
          label={t('review.field.commune')}
          rules={[{ required: true, message: t('review.invalid.communeRequired') }]}
        >
          <CommuneSelect aria-label={t('review.field.commune')} />
        </Form.Item>
        <Form.Item name="kind" label={t('review.field.kind')} extra={t(`review.kindHint.${kind}`)}>
          <Radio.Group
            optionType="button"
            options={CAMPAIGN_KINDS.map((value) => ({ value, label: t(`review.kind.${value}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="year"
          label={t('review.field.year')}
          rules={[{ required: true, type: 'integer', min: 2016, max: 2100, message: t('review.invalid.year') }]}
        >
          <InputNumber<number> min={2016} max={2100} precision={0} style={{ width: 160 }} />
        </Form.Item>
        {kind === 'REGULAR' && (
          <Form.Item
            name="month"
            label={t('review.field.month')}
            rules={[{ required: true, message: t('review.invalid.monthRequired') }]}
          >
            <Select
              aria-label={t('review.field.month')}
              options={MONTHS.map((month) => ({ value: month, label: t('review.month', { month }) }))}
              style={{ width: 160 }}
            />
          </Form.Item>
        )}
        <Typography.Text type="secondary">{t('review.create.hint')}</Typography.Text>
      </Form>
    </Modal>
  )
}
