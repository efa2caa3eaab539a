import { SaveOutlined, UploadOutlined } from '@ant-design/icons'
import { Alert, App, Button, Col, DatePicker, Form, Input, InputNumber, Row, Select, Upload, type UploadFile } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/problem-alert'
import type { Campaign } from '../api/get-campaign'
import { useRecordMeeting } from '../api/record-meeting'
import { formatPercent, meetingVerdict } from '../utils/meeting'
import { readBase64 } from '@/lib/read-file'
import { useFormFailure } from '../utils/use-form-failure'

/** The select's value for the households not assigned to a village. */
const NO_VILLAGE = 'none'
const CHAIR_MAX_LENGTH = 150
/** The API takes at most 1 MB per request; the minutes travel base64-encoded (4/3 of their size). */
const MINUTES_MAX_BYTES = 700 * 1024
const MINUTES_TYPES = '.pdf,application/pdf,image/png,image/jpeg'

interface MeetingValues {
  village?: string
  heldOn?: Dayjs
  chair?: string
  attendees?: number | null
  agreeing?: number | null
  minutes?: UploadFile[]
}

/** The verdict of the meeting as typed: passes at ≥ 50 % of attendees agreeing, else the households are surveyed again. */
export function MeetingVerdictAlert({ attendees, agreeing }: { attendees?: number | null; agreeing?: number | null }) {
  const { t } = useTranslation()
  const verdict = meetingVerdict(attendees, agreeing)
  if (verdict.kind === 'incomplete' || verdict.kind === 'invalid' || attendees == null || agreeing == null) {
    return <Alert type="info" showIcon title={t('review.meeting.rule')} data-testid="meeting-verdict" />
  }
  const passes = verdict.kind === 'passes'
  return (
    <Alert
      type={passes ? 'success' : 'error'}
      showIcon
      data-testid="meeting-verdict"
      data-passes={passes}
      title={t(passes ? 'review.meeting.passes' : 'review.meeting.fails')}
      description={t('review.meeting.share', { agreeing, attendees, percent: formatPercent(verdict.percent) })}
    />
  )
}

/**
 * Records a village meeting (họp dân) on the village's surveyed households: date, chair, attendees,
 * how many agree, and the minutes. It shows live whether the meeting passes.
 */
export function MeetingForm({ campaign }: { campaign: Pick<Campaign, 'id' | 'villages'> }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<MeetingValues>()
  const record = useRecordMeeting()
  const { failure, fail, clear } = useFormFailure(form, ['villageId', 'heldOn', 'chair', 'attendees', 'agreeing', 'minutes'], {
    'review.meeting_agreeing_above_attendees': 'agreeing',
    'review.meeting_nothing_to_confirm': 'village',
  })
  const attendees = Form.useWatch('attendees', form)
  const agreeing = Form.useWatch('agreeing', form)

  const villageOptions = campaign.villages.map((village) => {
    const name = village.villageName ?? t('review.village.none')
    const waiting = village.states.SURVEYED ?? 0
    return {
      value: village.villageId ?? NO_VILLAGE,
      label: waiting > 0 ? t('review.meeting.villageOption', { name, count: waiting }) : name,
      waiting,
    }
  })
  const firstWaiting = villageOptions.find((option) => option.waiting > 0)?.value

  const submit = async (values: MeetingValues) => {
    clear()
    if (!values.village || !values.heldOn || values.attendees == null || values.agreeing == null) return
    try {
      const file = values.minutes?.[0]?.originFileObj
      const meeting = await record.mutateAsync({
        campaignId: campaign.id,
        body: {
          villageId: values.village === NO_VILLAGE ? undefined : values.village,
          heldOn: values.heldOn.format('YYYY-MM-DD'),
          chair: values.chair?.trim() ?? '',
          attendees: values.attendees,
          agreeing: values.agreeing,
          ...(file ? { minutes: await readBase64(file), minutesName: file.name.slice(0, 200) } : {}),
        },
      })
      const village = meeting.villageName ?? t('review.village.none')
      if (meeting.passed) void message.success(t('review.meeting.donePassed', { village, count: meeting.households }))
      else void message.warning(t('review.meeting.doneFailed', { village, count: meeting.households }))
      form.resetFields(['chair', 'attendees', 'agreeing', 'minutes'])
    } catch (error) {
      fail(error)
    }
  }

  return (
    <div data-testid="meeting-form">
      <Form<MeetingValues> name="meeting"
        form={form}
        layout="vertical"
        initialValues={{ village: firstWaiting, heldOn: dayjs() }}
        onFinish={(values) => void submit(values)}
        disabled={record.isPending}
      >
        <ProblemAlert failure={failure} />
        <Row gutter={16}>
          <Col xs={24} md={12} xl={8}>
            <Form.Item
              name="village"
              label={t('review.meeting.village')}
              rules={[{ required: true, message: t('review.meeting.villageRequired') }]}
            >
              <Select aria-label={t('review.meeting.village')} options={villageOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={8}>
            <Form.Item
              name="heldOn"
              label={t('review.meeting.heldOn')}
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
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={8}>
            <Form.Item
              name="chair"
              label={t('review.meeting.chair')}
              rules={[
                { required: true, whitespace: true, max: CHAIR_MAX_LENGTH, message: t('review.meeting.chairRequired', { max: CHAIR_MAX_LENGTH }) },
              ]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Form.Item
              name="attendees"
              label={t('review.meeting.attendees')}
              rules={[{ required: true, type: 'integer', min: 1, message: t('review.meeting.attendeesRequired') }]}
            >
              <InputNumber<number> min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Form.Item
              name="agreeing"
              label={t('review.meeting.agreeing')}
              dependencies={['attendees']}
              rules={[
                { required: true, type: 'integer', min: 0, message: t('review.meeting.agreeingRequired') },
                ({ getFieldValue }) => ({
                  validator: async (_, value: number | null | undefined) => {
                    const total = getFieldValue('attendees') as number | null | undefined
                    if (value != null && total != null && value > total) throw new Error(t('review.meeting.agreeingAbove'))
                  },
                }),
              ]}
            >
              <InputNumber<number> min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={8}>
            <Form.Item
              name="minutes"
              label={t('review.meeting.minutes')}
              valuePropName="fileList"
              getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList.slice(-1)}
              rules={[
                {
                  validator: async (_, files: UploadFile[] | undefined) => {
                    const size = files?.[0]?.originFileObj?.size ?? 0
                    if (size > MINUTES_MAX_BYTES) {
                      throw new Error(t('review.meeting.minutesTooLarge', { max: Math.round(MINUTES_MAX_BYTES / 1024) }))
                    }
                  },
                },
              ]}
            >
              <Upload accept={MINUTES_TYPES} beforeUpload={() => false} maxCount={1}>
                <Button icon={<UploadOutlined />}>{t('review.meeting.minutesPick')}</Button>
              </Upload>
            </Form.Item>
          </Col>
          <Col xs={24} xl={8}>
            <Form.Item label={t('review.meeting.result')}>
              <MeetingVerdictAlert attendees={attendees} agreeing={agreeing} />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" icon={<SaveOutlined />} loading={record.isPending} onClick={() => form.submit()}>
          {t('review.meeting.save')}
        </Button>
      </Form>
    </div>
  )
}
