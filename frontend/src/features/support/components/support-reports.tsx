import { Alert, Card, Flex, Select, Skeleton } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { QueryError } from '@/components/query-error'
import { useOwnAgency } from '../api/get-agency'
import { useAgencyReport } from '../api/get-agency-report'
import { useSupportEffect } from '../api/get-effect'
import { useGroupReport } from '../api/get-group-report'
import { useAgencies } from '../api/list-agencies'
import { useGroups } from '../api/list-groups'
import { currentYear, yearOptions } from '../utils/period'
import type { SupportPermissions } from '../utils/permissions'
import type { CommunePicker } from '../utils/pickers'
import { EffectTable } from './effect-table'
import { ReportFigures } from './report-figures'

interface SupportReportsProps {
  permissions: SupportPermissions
  /** The province whose groups and agencies are reported on; absent for a helping agency's user. */
  provinceCode?: string
  /** The signed-in user, to find a helping agency's user's own agency. */
  username?: string
  CommuneSelect: CommunePicker
  /** The area the effect is read for first (a commune officer's commune, a province officer's province). */
  defaultAreaCode?: string
  indicatorName: (code: string) => string
}

type Subject = 'group' | 'agency'

/** Reports of support work: a group's or an agency's year, and what support changed in an area. */
export function SupportReports({ permissions, provinceCode, username, CommuneSelect, defaultAreaCode, indicatorName }: SupportReportsProps) {
  const { t } = useTranslation()
  const [year, setYear] = useState(currentYear())
  const [subject, setSubject] = useState<Subject>('group')
  const [chosenGroup, setChosenGroup] = useState<string>()
  const [chosenAgency, setChosenAgency] = useState<string>()
  const [areaCode, setAreaCode] = useState(defaultAreaCode)

  const groups = useGroups(permissions.agencyUser ? {} : { provinceCode }, { enabled: permissions.agencyUser || Boolean(provinceCode) })
  const groupList = groups.data ?? []
  const agencies = useAgencies(provinceCode, { enabled: !permissions.agencyUser })
  const agencyIds = [...new Set(groupList.flatMap((group) => group.members.map((member) => member.id)))]
  const own = useOwnAgency(permissions.agencyUser ? agencyIds : [], username)
  const agencyOptions = permissions.agencyUser
    ? own.agency
      ? [{ value: own.agency.id, label: own.agency.name }]
      : []
    : (agencies.data ?? []).map((agency) => ({ value: agency.id, label: agency.name }))

  const groupId = chosenGroup ?? groupList[0]?.id
  const agencyId = chosenAgency ?? agencyOptions[0]?.value
  const groupReport = useGroupReport(subject === 'group' ? groupId : undefined, year)
  const agencyReport = useAgencyReport(subject === 'agency' ? agencyId : undefined, year)
  const report = subject === 'group' ? groupReport : agencyReport
  const effect = useSupportEffect(permissions.effect ? areaCode : undefined, year)

  return (
    <Flex vertical gap={16}>
      <Card
        title={t('support.report.title')}
        extra={
          <Flex gap={8} wrap>
            <Select<Subject>
              id="report-subject"
              aria-label={t('support.report.subject')}
              value={subject}
              onChange={setSubject}
              options={[
                { value: 'group', label: t('support.report.ofGroup') },
                { value: 'agency', label: t('support.report.ofAgency') },
              ]}
              style={{ width: 160 }}
            />
            {subject === 'group' ? (
              <Select
                id="report-group"
                aria-label={t('support.filter.group')}
                value={groupId}
                onChange={setChosenGroup}
                options={groupList.map((group) => ({ value: group.id, label: group.name }))}
                style={{ minWidth: 260 }}
              />
            ) : (
              <Select
                id="report-agency"
                aria-label={t('support.report.agency')}
                value={agencyId}
                onChange={setChosenAgency}
                showSearch={{ optionFilterProp: 'label' }}
                options={agencyOptions}
                style={{ minWidth: 300 }}
              />
            )}
            <Select id="report-year" aria-label={t('support.filter.year')} value={year} onChange={setYear} options={yearOptions()} style={{ width: 110 }} />
          </Flex>
        }
      >
        {report.isError ? (
          <QueryError error={report.error} onRetry={() => void report.refetch()} />
        ) : report.data ? (
          <ReportFigures report={report.data} />
        ) : report.isFetching || groups.isPending ? (
          <Skeleton active />
        ) : (
          <Alert type="info" showIcon title={t('support.report.choose')} />
        )}
      </Card>
      {permissions.effect && (
        <Card
          title={t('support.effect.title', { year })}
          extra={
            <CommuneSelect
              id="effect-area"
              aria-label={t('support.filter.commune')}
              placeholder={t('support.filter.commune')}
              value={areaCode}
              onChange={setAreaCode}
              style={{ minWidth: 240 }}
            />
          }
        >
          {!areaCode ? (
            <Alert type="info" showIcon title={t('support.workspace.chooseCommune')} />
          ) : effect.isError ? (
            <QueryError error={effect.error} onRetry={() => void effect.refetch()} />
          ) : effect.data ? (
            <EffectTable effect={effect.data} indicatorName={indicatorName} />
          ) : (
            <Skeleton active />
          )}
        </Card>
      )}
    </Flex>
  )
}
