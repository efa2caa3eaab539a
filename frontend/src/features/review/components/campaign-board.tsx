import { Card, Flex, Tabs } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import type { Campaign } from '../api/get-campaign'
import type { ReviewPermissions } from '../utils/permissions'
import type { HouseholdPicker } from '../utils/pickers'
import { CampaignAudit } from './campaign-audit'
import { CampaignOverview } from './campaign-overview'
import { ComplaintsTab } from './complaints-tab'
import { DecisionPanel } from './decision-panel'
import { DocumentsPanel } from './documents-panel'
import { GapsList } from './gaps-list'
import { ItemsTab } from './items-tab'
import { MeetingsTab } from './meetings-tab'
import { OpinionPanel } from './opinion-panel'
import { PostingsTab } from './postings-tab'

const BOARD_TABS = ['households', 'meetings', 'postings', 'complaints', 'opinion', 'decision', 'documents', 'audit'] as const
type BoardTab = (typeof BOARD_TABS)[number]

interface CampaignBoardProps {
  campaign: Campaign
  permissions: ReviewPermissions
  HouseholdSelect: HouseholdPicker
}

/**
 * A campaign's board: where it stands (status, window, due dates, households per state and village,
 * the gaps), then one tab per step. The tab open is kept in the URL (?tab=).
 */
export function CampaignBoard({ campaign, permissions, HouseholdSelect }: CampaignBoardProps) {
  const { t } = useTranslation()
  const [searchParams, setSearchParams] = useSearchParams()
  const tabs = BOARD_TABS.filter((tab) => tab !== 'audit' || permissions.audit)
  const requested = searchParams.get('tab')
  const active = tabs.find((tab) => tab === requested) ?? 'households'

  const content: Record<BoardTab, () => ReactNode> = {
    households: () => (
      <ItemsTab
        campaign={campaign}
        canAddApplicants={permissions.run && campaign.status === 'OPEN'}
        HouseholdSelect={HouseholdSelect}
      />
    ),
    meetings: () => <MeetingsTab campaign={campaign} canRecord={permissions.run} />,
    postings: () => <PostingsTab campaign={campaign} canPost={permissions.run} />,
    complaints: () => <ComplaintsTab campaign={campaign} canHandle={permissions.run} />,
    opinion: () => <OpinionPanel campaign={campaign} canGive={permissions.opinion} />,
    decision: () => <DecisionPanel campaign={campaign} canDecide={permissions.decide} />,
    documents: () => <DocumentsPanel campaign={campaign} />,
    audit: () => <CampaignAudit campaignId={campaign.id} />,
  }

  return (
    <Flex vertical gap={16}>
      <CampaignOverview campaign={campaign} canSetDeadlines={permissions.deadlines} />
      <GapsList campaignId={campaign.id} count={campaign.gaps} />
      <Card size="small">
        <Tabs
          activeKey={active}
          onChange={(key) =>
            setSearchParams(
              (params) => {
                const next = new URLSearchParams(params)
                next.set('tab', key)
                return next
              },
              { replace: true },
            )
          }
          destroyOnHidden
          items={tabs.map((tab) => ({ key: tab, label: t(`review.tab.${tab}`), children: content[tab]() }))}
        />
      </Card>
    </Flex>
  )
}
