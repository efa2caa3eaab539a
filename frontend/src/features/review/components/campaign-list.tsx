import { ClearOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Checkbox, Flex, Select, Table, Typography, type TableColumnsType } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { LoadMore } from '@/components/load-more'
import { QueryError } from '@/components/query-error'
import { formatDate } from '@/lib/format'
import { CAMPAIGN_KINDS, CAMPAIGN_STATUSES, useCampaigns, type CampaignSummary } from '../api/list-campaigns'
import {
  CAMPAIGN_FILTER_PARAMS,
  parseCampaignFilter,
  withCampaignFilter,
  type CampaignFilterParam,
} from '../utils/campaign-filter'
import { campaignPeriod } from '../utils/period'
import type { CommunePicker } from '../utils/pickers'
import { CreateCampaignModal } from './create-campaign-modal'
import { CampaignStatusTag, LateSteps } from './review-tags'

const FIRST_YEAR = 2016

interface CampaignListProps {
  CommuneSelect: CommunePicker
  /** The commune shown first (a commune officer's own); the user may pick another or all. */
  defaultCommuneCode?: string
  /** Whether the user may open campaigns (see canRunReviews). */
  canCreate: boolean
}

/**
 * "Rà soát": the review campaigns of the user's jurisdiction, newest year first, filtered by
 * commune, year, kind, status and lateness, a page at a time. The filter lives in the URL.
 */
export function CampaignList({ CommuneSelect, defaultCommuneCode, canCreate }: CampaignListProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [searchParams, setSearchParams] = useSearchParams()
  const [creating, setCreating] = useState(false)
  const filter = parseCampaignFilter(searchParams, defaultCommuneCode)
  const campaigns = useCampaigns(filter)
  const rows = campaigns.data?.pages.flatMap((page) => page.items) ?? []

  const set = (name: CampaignFilterParam, value: string | number | boolean | undefined) =>
    setSearchParams((params) => withCampaignFilter(params, name, value))
  const reset = () =>
    setSearchParams((params) => {
      const next = new URLSearchParams(params)
      for (const name of CAMPAIGN_FILTER_PARAMS) next.delete(name)
      return next
    })

  const currentYear = dayjs().year()
  const years = Array.from({ length: currentYear + 1 - FIRST_YEAR + 1 }, (_, index) => currentYear + 1 - index)

  const columns: TableColumnsType<CampaignSummary> = [
    { title: t('review.field.commune'), dataIndex: 'communeName', width: 200 },
    {
      title: t('review.field.period'),
      key: 'period',
      width: 230,
      render: (_, campaign) => <Link to={`/reviews/${campaign.id}`}>{campaignPeriod(campaign, t)}</Link>,
    },
    {
      title: t('review.field.status'),
      dataIndex: 'status',
      width: 160,
      render: (_, campaign) => <CampaignStatusTag status={campaign.status} />,
    },
    { title: t('review.field.households'), dataIndex: 'households', width: 90, align: 'right' },
    {
      title: t('review.field.gaps'),
      dataIndex: 'gaps',
      width: 130,
      align: 'right',
      render: (_, campaign) => (
        <Typography.Text type={campaign.gaps > 0 ? 'danger' : 'secondary'} data-testid="campaign-gaps">
          {campaign.gaps}
        </Typography.Text>
      ),
    },
    {
      title: t('review.field.lateSteps'),
      key: 'late',
      width: 320,
      render: (_, campaign) => <LateSteps steps={campaign.lateSteps} />,
    },
    {
      title: t('review.field.decisionDue'),
      key: 'decisionDue',
      width: 130,
      render: (_, campaign) => formatDate(campaign.decisionDue),
    },
  ]

  return (
    <>
      <Flex gap={12} align="start" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap style={{ flex: 1 }} data-testid="campaign-filters">
          <CommuneSelect
            id="campaign-filter-commune"
            aria-label={t('review.filter.commune')}
            placeholder={t('review.filter.allCommunes')}
            allowClear
            value={filter.communeCode}
            onChange={(code) => set('communeCode', code)}
          />
          <Select
            id="campaign-filter-year"
            aria-label={t('review.filter.year')}
            placeholder={t('review.filter.allYears')}
            allowClear
            value={filter.year}
            onChange={(value) => set('year', value)}
            options={years.map((year) => ({ value: year, label: String(year) }))}
            style={{ width: 140 }}
          />
          <Select
            id="campaign-filter-kind"
            aria-label={t('review.filter.kind')}
            placeholder={t('review.filter.allKinds')}
            allowClear
            value={filter.kind}
            onChange={(value) => set('kind', value)}
            options={CAMPAIGN_KINDS.map((value) => ({ value, label: t(`review.kind.${value}`) }))}
            style={{ width: 160 }}
          />
          <Select
            id="campaign-filter-status"
            aria-label={t('review.filter.status')}
            placeholder={t('review.filter.allStatuses')}
            allowClear
            value={filter.status}
            onChange={(value) => set('status', value)}
            options={CAMPAIGN_STATUSES.map((value) => ({ value, label: t(`review.status.${value}`) }))}
            style={{ width: 190 }}
          />
          <Checkbox checked={filter.late === true} onChange={(event) => set('late', event.target.checked)} style={{ alignSelf: 'center' }}>
            {t('review.filter.late')}
          </Checkbox>
          <Button icon={<ClearOutlined />} onClick={reset}>
            {t('review.filter.reset')}
          </Button>
        </Flex>
        {canCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('review.list.create')}
          </Button>
        )}
      </Flex>
      {campaigns.isError ? (
        <QueryError error={campaigns.error} onRetry={() => void campaigns.refetch()} />
      ) : (
        <>
          <Table<CampaignSummary>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={campaigns.isPending || (campaigns.isFetching && campaigns.isPlaceholderData)}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('review.list.empty') }}
            data-testid="campaign-table"
          />
          <LoadMore
            shown={rows.length}
            hasMore={campaigns.hasNextPage}
            loading={campaigns.isFetchingNextPage}
            onLoadMore={() => void campaigns.fetchNextPage()}
          />
        </>
      )}
      {canCreate && (
        <CreateCampaignModal
          open={creating}
          onClose={() => setCreating(false)}
          CommuneSelect={CommuneSelect}
          defaultCommuneCode={filter.communeCode ?? defaultCommuneCode}
          onCreated={(campaign) => void navigate(`/reviews/${campaign.id}`)}
        />
      )}
    </>
  )
}
