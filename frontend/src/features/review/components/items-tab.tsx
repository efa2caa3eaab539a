import { PlusOutlined } from '@ant-design/icons'
import { Button, Flex, Select, Table, Typography, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { HouseholdClassTag } from '@/components/household-class-tag'
import { LoadMore } from '@/components/load-more'
import { QueryError } from '@/components/query-error'
import type { Campaign } from '../api/get-campaign'
import { ITEM_STATES, useItems, type ItemState, type ReviewItem } from '../api/list-items'
import type { HouseholdPicker } from '../utils/pickers'
import { AddApplicantModal } from './add-applicant-modal'
import { ItemStateTag } from './review-tags'

interface ItemsTabProps {
  campaign: Campaign
  /** Whether the user may list applicants (officers, while the campaign is open). */
  canAddApplicants: boolean
  HouseholdSelect: HouseholdPicker
}

/** The campaign's households with their state and classes, filtered by state and village. */
export function ItemsTab({ campaign, canAddApplicants, HouseholdSelect }: ItemsTabProps) {
  const { t } = useTranslation()
  const [state, setState] = useState<ItemState>()
  const [villageId, setVillageId] = useState<string>()
  const [adding, setAdding] = useState(false)
  const items = useItems(campaign.id, { state, villageId })
  const rows = items.data?.pages.flatMap((page) => page.items) ?? []
  const none = <Typography.Text type="secondary">{t('review.none')}</Typography.Text>

  const columns: TableColumnsType<ReviewItem> = [
    {
      title: t('review.item.field.householdCode'),
      dataIndex: 'householdCode',
      width: 140,
      render: (_, item) => <Link to={`/reviews/${campaign.id}/items/${item.id}`}>{item.householdCode}</Link>,
    },
    { title: t('review.item.field.head'), key: 'head', render: (_, item) => item.headName ?? '' },
    { title: t('review.meeting.village'), key: 'village', render: (_, item) => item.villageName ?? t('review.village.none') },
    { title: t('review.item.field.origin'), key: 'origin', render: (_, item) => t(`review.origin.${item.origin}`) },
    { title: t('review.item.field.state'), key: 'state', render: (_, item) => <ItemStateTag state={item.state} /> },
    {
      title: t('review.item.field.previousClass'),
      key: 'previous',
      render: (_, item) => (item.previousClass ? <HouseholdClassTag value={item.previousClass} /> : none),
    },
    {
      title: t('review.item.field.proposedClass'),
      key: 'proposed',
      render: (_, item) => (item.proposedClass ? <HouseholdClassTag value={item.proposedClass} /> : none),
    },
    {
      title: t('review.item.field.finalClass'),
      key: 'final',
      render: (_, item) => (item.finalClass ? <HouseholdClassTag value={item.finalClass} /> : none),
    },
    {
      title: t('review.item.field.transition'),
      key: 'transition',
      render: (_, item) => (item.transition ? t(`review.transition.${item.transition}`) : none),
    },
  ]

  return (
    <>
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('review.items.filterState')}
          placeholder={t('review.items.allStates')}
          allowClear
          value={state}
          onChange={setState}
          options={ITEM_STATES.map((value) => ({ value, label: t(`review.state.${value}`) }))}
          style={{ width: 240 }}
        />
        <Select
          aria-label={t('review.items.filterVillage')}
          placeholder={t('review.items.allVillages')}
          allowClear
          value={villageId}
          onChange={setVillageId}
          options={campaign.villages.flatMap((village) =>
            village.villageId ? [{ value: village.villageId, label: village.villageName ?? village.villageId }] : [],
          )}
          style={{ width: 220 }}
        />
        {canAddApplicants && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} style={{ marginInlineStart: 'auto' }}>
            {t('review.items.addApplicant')}
          </Button>
        )}
      </Flex>
      {items.isError ? (
        <QueryError error={items.error} onRetry={() => void items.refetch()} />
      ) : (
        <>
          <Table<ReviewItem>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={items.isPending || (items.isFetching && items.isPlaceholderData)}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('review.items.empty') }}
            data-testid="item-table"
          />
          <LoadMore
            shown={rows.length}
            hasMore={items.hasNextPage}
            loading={items.isFetchingNextPage}
            onLoadMore={() => void items.fetchNextPage()}
          />
        </>
      )}
      {canAddApplicants && (
        <AddApplicantModal open={adding} onClose={() => setAdding(false)} campaign={campaign} HouseholdSelect={HouseholdSelect} />
      )}
    </>
  )
}
