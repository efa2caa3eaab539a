import { SaveOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Col, Form, Input, Row, Table, type TableColumnsType } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/problem-alert'
import { formatDate } from '@/lib/format'
import type { Plan, Visit } from '../api/get-plan'
import { useRecordVisit } from '../api/record-visit'
import { isoDate } from '../utils/period'
import { useFormFailure } from '../utils/use-form-failure'
import { PastDateItem } from './past-date-item'

const VISITOR_MAX_LENGTH = 150
const OBSERVED_MAX_LENGTH = 2000
const NEXT_STEP_MAX_LENGTH = 1000

interface VisitValues {
  visitedOn?: Dayjs
  visitor?: string
  observed?: string
  nextStep?: string
}

function VisitForm({ plan, visitorName }: { plan: Plan; visitorName?: string }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<VisitValues>()
  const record = useRecordVisit()
  const { failure, fail, clear } = useFormFailure(form, ['visitedOn', 'visitor', 'observed', 'nextStep'], {
    'support.date_in_future': 'visitedOn',
  })

  const submit = async (values: VisitValues) => {
    clear()
    if (!values.visitedOn) return
    try {
      await record.mutateAsync({
        planId: plan.id,
        body: {
          visitedOn: isoDate(values.visitedOn),
          visitor: values.visitor?.trim() ?? '',
          observed: values.observed?.trim() ?? '',
          nextStep: values.nextStep?.trim() || undefined,
        },
      })
      void message.success(t('support.visit.done'))
      form.resetFields(['observed', 'nextStep'])
    } catch (error) {
      fail(error)
    }
  }

  return (
    <Form<VisitValues>
      form={form}
      name="support-visit"
      layout="vertical"
      initialValues={{ visitedOn: dayjs(), visitor: visitorName }}
      onFinish={(values) => void submit(values)}
      disabled={record.isPending}
      data-testid="visit-form"
      style={{ marginTop: 16 }}
    >
      <ProblemAlert failure={failure} />
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <PastDateItem name="visitedOn" label={t('support.visit.on')} />
        </Col>
        <Col xs={24} md={16}>
          <Form.Item
            name="visitor"
            label={t('support.visit.visitor')}
            rules={[
              { required: true, whitespace: true, message: t('support.visit.visitorRequired') },
              { max: VISITOR_MAX_LENGTH, message: t('support.invalid.tooLong', { max: VISITOR_MAX_LENGTH }) },
            ]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="observed"
            label={t('support.visit.observed')}
            rules={[
              { required: true, whitespace: true, message: t('support.visit.observedRequired') },
              { max: OBSERVED_MAX_LENGTH, message: t('support.invalid.tooLong', { max: OBSERVED_MAX_LENGTH }) },
            ]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="nextStep"
            label={t('support.visit.nextStep')}
            rules={[{ max: NEXT_STEP_MAX_LENGTH, message: t('support.invalid.tooLong', { max: NEXT_STEP_MAX_LENGTH }) }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" icon={<SaveOutlined />} loading={record.isPending} onClick={() => form.submit()}>
        {t('support.visit.save')}
      </Button>
    </Form>
  )
}

/** The monthly follow-up visits of a plan (newest first) and the form to record one. */
export function VisitLog({ plan, canWrite, visitorName }: { plan: Plan; canWrite: boolean; visitorName?: string }) {
  const { t } = useTranslation()
  const columns: TableColumnsType<Visit> = [
    { title: t('support.visit.on'), key: 'on', width: 120, render: (_, visit) => formatDate(visit.visitedOn) },
    { title: t('support.visit.visitor'), dataIndex: 'visitor' },
    { title: t('support.visit.observed'), dataIndex: 'observed' },
    { title: t('support.visit.nextStep'), key: 'nextStep', render: (_, visit) => visit.nextStep ?? '' },
    { title: t('support.recorded'), dataIndex: 'recordedBy', width: 160 },
  ]
  return (
    <Card title={t('support.visit.title')} data-testid="visit-log">
      {plan.visitOverdue && (
        <Alert type="warning" showIcon data-testid="visit-overdue" title={t('support.visit.overdue')} style={{ marginBottom: 16 }} />
      )}
      <Table<Visit>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={plan.visits}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('support.visit.none') }}
        data-testid="visit-table"
      />
      {canWrite && <VisitForm plan={plan} visitorName={visitorName} />}
    </Card>
  )
}
