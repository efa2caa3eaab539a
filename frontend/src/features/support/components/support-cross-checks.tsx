import { FileAddOutlined } from '@ant-design/icons'
import { useQueries } from '@tanstack/react-query'
import { Alert, Button, Card, Empty, Flex, Select, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { QueryError } from '@/components/query-error'
import { formatDate } from '@/lib/format'
import { supportKeys } from '../api/keys'
import { useGroupCrossChecks } from '../api/list-group-cross-checks'
import { useGroups, type HelpGroup } from '../api/list-groups'
import { listTargets, type Target } from '../api/list-targets'
import type { CrossCheck, Finding } from '../api/pair-groups'
import { currentYear, yearOptions } from '../utils/period'
import type { SupportPermissions } from '../utils/permissions'
import { useDialog } from '../utils/use-dialog'
import { CrossCheckForms } from './cross-check-forms'
import { FindingModal } from './finding-modal'
import { FindingOutcomeTag } from './support-tags'

/**
 * The households of a group by id, to name those an inspection covers (the inspection lists ids):
 * officers read them commune by commune; an agency's user only reads its own groups' households.
 */
function useGroupHouseholds(group: HelpGroup | undefined, agencyUser: boolean) {
  const filters = !group ? [] : agencyUser ? [{ groupId: group.id }] : group.communes.map((commune) => ({ communeCode: commune.code, groupId: group.id }))
  return useQueries({
    queries: filters.map((filter) => ({
      queryKey: supportKeys.targets({ ...filter, first: true }),
      queryFn: ({ signal }: { signal: AbortSignal }) => listTargets(filter, undefined, signal),
    })),
    combine: (results) => results.flatMap((result) => result.data?.items ?? []),
  })
}

interface InspectionProps {
  check: CrossCheck
  inspected?: HelpGroup
  /** Whether the user records findings for the inspecting group. */
  canRecord: boolean
  agencyUser: boolean
}

function Inspection({ check, inspected, canRecord, agencyUser }: InspectionProps) {
  const { t } = useTranslation()
  const households: Target[] = useGroupHouseholds(inspected, agencyUser)
  const { dialog, open, state } = useDialog<true>()
  const label = (householdId: string) => {
    const household = households.find((candidate) => candidate.householdId === householdId)
    if (household) return [household.householdCode, household.headName].filter(Boolean).join(' – ')
    const found = check.findings.find((finding) => finding.householdId === householdId)
    return found?.householdCode ?? t('support.crossCheck.householdId', { id: householdId.slice(0, 8) })
  }
  const rows = check.householdIds.map((householdId) => ({
    householdId,
    findings: check.findings.filter((finding) => finding.householdId === householdId),
  }))
  const columns: TableColumnsType<(typeof rows)[number]> = [
    { title: t('support.field.household'), key: 'household', render: (_, row) => label(row.householdId) },
    {
      title: t('support.finding.findings'),
      key: 'findings',
      render: (_, row) =>
        row.findings.length === 0 ? (
          <Typography.Text type="secondary">{t('support.finding.none')}</Typography.Text>
        ) : (
          <Flex vertical gap={4}>
            {row.findings.map((finding: Finding) => (
              <Flex key={finding.id} gap={6} wrap align="center">
                <FindingOutcomeTag value={finding.outcome} />
                {finding.kindCode && <Tag>{finding.kindCode}</Tag>}
                <Typography.Text type="secondary">{formatDate(finding.foundOn)}</Typography.Text>
                {finding.remarks && <span>{finding.remarks}</span>}
                <Typography.Text type="secondary">({finding.recordedBy})</Typography.Text>
              </Flex>
            ))}
          </Flex>
        ),
    },
  ]
  return (
    <Card
      size="small"
      type="inner"
      data-testid="inspection"
      title={
        <Flex gap={8} align="center" wrap>
          <span>{t('support.crossCheck.inspects', { inspector: check.inspector.name, inspected: check.inspected.name })}</span>
          <Tag>{t(`support.crossCheck.mode.${check.mode}`)}</Tag>
          <Tag color="blue">{check.year}</Tag>
        </Flex>
      }
      extra={
        canRecord && (
          <Button size="small" icon={<FileAddOutlined />} onClick={() => open(true)}>
            {t('support.finding.add')}
          </Button>
        )
      }
    >
      <Table
        rowKey="householdId"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('support.crossCheck.noHouseholds') }}
      />
      {dialog && <FindingModal {...state} check={check} householdLabel={label} readsPlans={!agencyUser} />}
    </Card>
  )
}

interface SupportCrossChecksProps {
  permissions: SupportPermissions
  /** The province whose groups are shown; absent for a helping agency's user (their own groups). */
  provinceCode?: string
}

/**
 * Cross-checks (kiểm tra chéo): officers pair two groups for a year or draw a sample; each group's
 * inspections, made and received, list the households and what the inspectors found.
 */
export function SupportCrossChecks({ permissions, provinceCode }: SupportCrossChecksProps) {
  const { t } = useTranslation()
  const groups = useGroups(permissions.agencyUser ? {} : { provinceCode }, { enabled: permissions.agencyUser || Boolean(provinceCode) })
  const groupList = groups.data ?? []
  const [chosen, setChosen] = useState<string>()
  const [year, setYear] = useState(currentYear())
  const groupId = chosen ?? groupList[0]?.id
  const checks = useGroupCrossChecks(groupId, year)
  // An agency's user records findings for its own groups only; officers for any group.
  const mayRecord = (check: CrossCheck) =>
    permissions.findings && (!permissions.agencyUser || groupList.some((group) => group.id === check.inspector.id))

  return (
    <Flex vertical gap={16}>
      {permissions.pair && (
        <Card title={t('support.crossCheck.organise')}>
          <CrossCheckForms groups={groupList} />
        </Card>
      )}
      <Card
        title={t('support.crossCheck.title')}
        extra={
          <Flex gap={8} wrap>
            <Select
              id="cross-check-group"
              aria-label={t('support.filter.group')}
              value={groupId}
              onChange={setChosen}
              options={groupList.map((group) => ({ value: group.id, label: group.name }))}
              style={{ minWidth: 260 }}
            />
            <Select id="cross-check-year" aria-label={t('support.filter.year')} value={year} onChange={setYear} options={yearOptions()} style={{ width: 110 }} />
          </Flex>
        }
      >
        {groups.isError ? (
          <QueryError error={groups.error} onRetry={() => void groups.refetch()} />
        ) : !groupId ? (
          <Alert type="info" showIcon title={t('support.group.empty')} />
        ) : checks.isError ? (
          <QueryError error={checks.error} onRetry={() => void checks.refetch()} />
        ) : checks.data && checks.data.length === 0 ? (
          <Empty description={t('support.crossCheck.none')} />
        ) : (
          <Flex vertical gap={12} data-testid="inspections">
            {(checks.data ?? []).map((check) => (
              <Inspection
                key={check.id}
                check={check}
                inspected={groupList.find((group) => group.id === check.inspected.id)}
                canRecord={mayRecord(check)}
                agencyUser={permissions.agencyUser}
              />
            ))}
          </Flex>
        )}
      </Card>
    </Flex>
  )
}
