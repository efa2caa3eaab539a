import { SendOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, InputNumber, Row, Table, Typography, type TableColumnsType } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/problem-alert'
import { QueryError } from '@/components/query-error'
import { formatDate } from '@/lib/format'
import { useWorkingDays } from '../api/count-working-days'
import { isCollecting, type Campaign } from '../api/get-campaign'
import { usePostings, type Posting } from '../api/list-postings'
import { usePostResults } from '../api/post-results'
import { useFormFailure } from '../utils/use-form-failure'

interface PostingValues {
  startsOn?: Dayjs | null
  workingDays?: number | null
}

/** The end of the posting as typed, computed by the server's working-day calendar (holidays skipped). */
function PostingEnd({ startsOn, days }: { startsOn: Dayjs | null | undefined; days: number | null | undefined }) {
  const { t } = useTranslation()
  const end = useWorkingDays(startsOn?.format('YYYY-MM-DD'), days ?? undefined)
  if (!end.data) return null
  return (
    <Alert
      type="info"
      showIcon
      data-testid="posting-end"
      title={t('review.posting.endsOnValue', { date: formatDate(end.data.endsOn), days: end.data.workingDays })}
    />
  )
}

/** Posts the confirmed results for a number of working days, showing when the posting ends. */
export function PostingForm({ campaign }: { campaign: Pick<Campaign, 'id' | 'postingDays' | 'states'> }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<PostingValues>()
  const post = usePostResults()
  const { failure, fail, clear } = useFormFailure(form, ['startsOn', 'workingDays'])
  const startsOn = Form.useWatch('startsOn', form)
  const workingDays = Form.useWatch('workingDays', form)
  const confirmed = campaign.states.MEETING_PASSED ?? 0

  const submit = async (values: PostingValues) => {
    clear()
    if (!values.startsOn) return
    try {
      const posting = await post.mutateAsync({
        campaignId: campaign.id,
        body: { startsOn: values.startsOn.format('YYYY-MM-DD'), workingDays: values.workingDays ?? undefined },
      })
      void message.success(t('review.posting.done', { count: posting.households, date: formatDate(posting.endsOn) }))
    } catch (error) {
      fail(error)
    }
  }

  return (
    <div data-testid="posting-form">
      <Form<PostingValues> name="posting"
        form={form}
        layout="vertical"
        initialValues={{ startsOn: dayjs(), workingDays: campaign.postingDays }}
        onFinish={(values) => void submit(values)}
        disabled={post.isPending}
      >
        <ProblemAlert failure={failure} />
        <Typography.Paragraph type="secondary">{t('review.posting.waiting', { count: confirmed })}</Typography.Paragraph>
        <Row gutter={16}>
          <Col xs={24} sm={12} xl={6}>
            <Form.Item
              name="startsOn"
              label={t('review.posting.startsOn')}
              rules={[{ required: true, message: t('review.invalid.dateRequired') }]}
            >
              <DatePicker format="DD/MM/YYYY" placeholder={t('review.datePlaceholder')} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} xl={6}>
            <Form.Item
              name="workingDays"
              label={t('review.posting.workingDays')}
              rules={[{ required: true, type: 'integer', min: 1, max: 30, message: t('review.posting.daysRequired') }]}
            >
              <InputNumber<number> min={1} max={30} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} xl={12}>
            <Form.Item label={t('review.posting.endsOn')}>
              <PostingEnd startsOn={startsOn} days={workingDays} />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" icon={<SendOutlined />} loading={post.isPending} onClick={() => form.submit()}>
          {t('review.posting.post')}
        </Button>
      </Form>
    </div>
  )
}

/** The postings so far, and for officers the form to post the confirmed results. */
export function PostingsTab({ campaign, canPost }: { campaign: Campaign; canPost: boolean }) {
  const { t } = useTranslation()
  const postings = usePostings(campaign.id)

  const columns: TableColumnsType<Posting> = [
    { title: t('review.posting.startsOn'), key: 'startsOn', render: (_, posting) => formatDate(posting.startsOn) },
    { title: t('review.posting.workingDays'), dataIndex: 'workingDays', align: 'right' },
    { title: t('review.posting.endsOn'), key: 'endsOn', render: (_, posting) => formatDate(posting.endsOn) },
    { title: t('review.posting.households'), dataIndex: 'households', align: 'right' },
  ]

  return (
    <Flex vertical gap={16}>
      {canPost && isCollecting(campaign) && (
        <Card title={t('review.posting.title')} size="small">
          <PostingForm campaign={campaign} />
        </Card>
      )}
      {postings.isError ? (
        <QueryError error={postings.error} onRetry={() => void postings.refetch()} />
      ) : (
        <Table<Posting>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={postings.data ?? []}
          loading={postings.isPending}
          pagination={false}
          locale={{ emptyText: t('review.postings.empty') }}
          data-testid="posting-table"
        />
      )}
    </Flex>
  )
}
