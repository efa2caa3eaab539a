import { Alert, Card, Col, Flex, Row, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { LoadMore } from '@/components/load-more'
import { QueryError } from '@/components/query-error'
import { useGroups } from '../api/list-groups'
import { useOverdueVisitsOfGroups } from '../api/list-overdue-visits'
import { usePlansOfGroups } from '../api/list-plans'
import { useTargets, type Target } from '../api/list-targets'
import { currentMonth, currentYear, yearOptions } from '../utils/period'
import type { SupportPermissions } from '../utils/permissions'
import type { CommunePicker } from '../utils/pickers'
import { useDialog } from '../utils/use-dialog'
import { CreatePlanModal } from './create-plan-modal'
import { OverdueVisits } from './overdue-visits'
import { PlansToDeliver } from './plans-to-deliver'
import { TargetsTable } from './targets-table'

interface SupportWorkspaceProps {
  permissions: SupportPermissions
  CommuneSelect: CommunePicker
  /** The commune an officer sees first (a commune officer's own). */
  defaultCommuneCode?: string
  indicatorName: (code: string) => string
}

/** Reads the workspace's scope from the URL: commune (officers), group, year. */
function useScope(defaultCommuneCode: string | undefined) {
  const [params, setParams] = useSearchParams()
  const year = Number(params.get('year')) || currentYear()
  const communeCode = params.has('commune') ? params.get('commune') || undefined : defaultCommuneCode
  const groupId = params.get('group') || undefined
  const set = (name: 'commune' | 'group' | 'year', value: string | number | undefined) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous)
        if (value === undefined || value === '') next.set(name, '')
        else next.set(name, String(value))
        if (name === 'commune') next.delete('group')
        return next
      },
      { replace: true },
    )
  return { year, communeCode, groupId, set }
}

/**
 * The agency workspace: the households the user's groups help (officers pick a commune and
 * optionally a group), with what they lack and their plan of the year; the households not visited
 * this month; and the plans with items still to deliver.
 */
export function SupportWorkspace({ permissions, CommuneSelect, defaultCommuneCode, indicatorName }: SupportWorkspaceProps) {
  const { t } = useTranslation()
  const agency = permissions.agencyUser
  const { year, communeCode, groupId, set } = useScope(agency ? undefined : defaultCommuneCode)
  const { dialog, open, state } = useDialog<Target>()

  const groups = useGroups(agency ? {} : { communeCode }, { enabled: agency || Boolean(communeCode) })
  const groupList = groups.data ?? []
  // Officers: the chosen group, else every group serving the commune; agency users: their own groups.
  const groupIds = groupId ? [groupId] : agency ? undefined : groupList.map((group) => group.id)
  const scoped = agency || (Boolean(communeCode) && groups.isSuccess)

  const targets = useTargets({ communeCode: agency ? undefined : communeCode, groupId }, { enabled: agency || Boolean(communeCode) })
  const households = targets.data?.pages.flatMap((page) => page.items) ?? []
  const plans = usePlansOfGroups(groupIds, year, { enabled: scoped })
  const month = currentMonth()
  const overdue = useOverdueVisitsOfGroups(groupIds, month, { enabled: scoped })

  return (
    <Flex vertical gap={16}>
      <Flex gap={12} wrap data-testid="workspace-scope">
        {!agency && (
          <CommuneSelect
            id="support-commune"
            aria-label={t('support.filter.commune')}
            placeholder={t('support.filter.commune')}
            value={communeCode}
            onChange={(code) => set('commune', code)}
            style={{ minWidth: 240 }}
          />
        )}
        <Select
          id="support-group"
          aria-label={t('support.filter.group')}
          placeholder={t('support.filter.allGroups')}
          allowClear
          value={groupId}
          onChange={(value?: string) => set('group', value)}
          options={groupList.map((group) => ({ value: group.id, label: group.name }))}
          loading={groups.isFetching}
          style={{ minWidth: 280 }}
        />
        <Select
          id="support-year"
          aria-label={t('support.filter.year')}
          value={year}
          onChange={(value: number) => set('year', value)}
          options={yearOptions()}
          style={{ width: 120 }}
        />
      </Flex>
      {!agency && !communeCode ? (
        <Alert type="info" showIcon title={t('support.workspace.chooseCommune')} />
      ) : (
        <>
          <Card
            title={agency ? t('support.workspace.myHouseholds') : t('support.workspace.households')}
          >
            {targets.isError ? (
              <QueryError error={targets.error} onRetry={() => void targets.refetch()} />
            ) : (
              <>
                <TargetsTable
                  households={households}
                  plans={plans.data}
                  year={year}
                  loading={targets.isPending || plans.isPending}
                  indicatorName={indicatorName}
                  onCreatePlan={permissions.writePlans ? open : undefined}
                />
                <LoadMore
                  shown={households.length}
                  hasMore={targets.hasNextPage}
                  loading={targets.isFetchingNextPage}
                  onLoadMore={() => void targets.fetchNextPage()}
                />
              </>
            )}
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card title={t('support.workspace.overdue', { month: `${month.slice(5)}/${month.slice(0, 4)}` })}>
                <OverdueVisits
                  visits={overdue.data}
                  loading={overdue.isPending}
                  error={overdue.error}
                  onRetry={overdue.refetch}
                />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title={t('support.workspace.toDeliver', { year })}>
                <PlansToDeliver plans={plans.data} loading={plans.isPending} error={plans.error} onRetry={plans.refetch} />
              </Card>
            </Col>
          </Row>
        </>
      )}
      {dialog && <CreatePlanModal {...state} household={dialog} year={year} />}
    </Flex>
  )
}
