import { PlusOutlined } from '@ant-design/icons'
import { Button, Card, Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import { QueryError } from '@/components/query-error'
import { useAgencies, type Agency } from '../api/list-agencies'
import { useGroups, type HelpGroup } from '../api/list-groups'
import { useKinds } from '../api/list-kinds'
import type { SupportPermissions } from '../utils/permissions'
import type { CommunePicker } from '../utils/pickers'
import { useDialog } from '../utils/use-dialog'
import { AgencyList } from './agency-list'
import { AssignHouseholds } from './assign-households'
import { CataloguePolicies } from './catalogue-policies'
import { ChangeLeadModal } from './change-lead-modal'
import { CreateAgencyModal } from './create-agency-modal'
import { CreateGroupModal } from './create-group-modal'
import { GroupList } from './group-list'
import { LinkUserModal } from './link-user-modal'

type Dialog =
  | { kind: 'createGroup' }
  | { kind: 'changeLead'; group: HelpGroup }
  | { kind: 'createAgency' }
  | { kind: 'linkUser'; agency: Agency }

interface SupportGroupsProps {
  permissions: SupportPermissions
  /** The province whose groups and agencies are shown; absent for a helping agency's user (their own groups). */
  provinceCode?: string
  CommuneSelect: CommunePicker
  defaultCommuneCode?: string
  indicatorName: (code: string) => string
}

/**
 * Help groups (nhóm giúp đỡ) of the province or of the user's commune: lead, members, communes,
 * households and lead history. Province officers form groups, hand the lead over, register agencies
 * and link users; officers assign the households no group helps yet.
 */
export function SupportGroups({ permissions, provinceCode, CommuneSelect, defaultCommuneCode, indicatorName }: SupportGroupsProps) {
  const { t } = useTranslation()
  const { dialog, open, state } = useDialog<Dialog>()
  const groups = useGroups(permissions.agencyUser ? {} : { provinceCode }, { enabled: permissions.agencyUser || Boolean(provinceCode) })
  const readsAgencies = !permissions.agencyUser && Boolean(provinceCode)
  const agencies = useAgencies(provinceCode, { enabled: readsAgencies })
  const kinds = useKinds(provinceCode, { enabled: Boolean(provinceCode) })
  const agencyList = agencies.data ?? []

  return (
    <Flex vertical gap={16}>
      <Card
        title={t('support.group.title')}
        extra={
          permissions.manageGroups &&
          provinceCode && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => open({ kind: 'createGroup' })}>
              {t('support.group.create')}
            </Button>
          )
        }
      >
        {groups.isError ? (
          <QueryError error={groups.error} onRetry={() => void groups.refetch()} />
        ) : (
          <GroupList
            groups={groups.data ?? []}
            loading={groups.isPending && groups.fetchStatus !== 'idle'}
            onChangeLead={permissions.manageGroups ? (group) => open({ kind: 'changeLead', group }) : undefined}
          />
        )}
      </Card>
      {permissions.assign && (
        <Card title={t('support.assign.title')}>
          <AssignHouseholds CommuneSelect={CommuneSelect} defaultCommuneCode={defaultCommuneCode} indicatorName={indicatorName} />
        </Card>
      )}
      {readsAgencies && provinceCode && (
        <Card
          title={t('support.agency.title')}
          extra={
            permissions.manageGroups && (
              <Button icon={<PlusOutlined />} onClick={() => open({ kind: 'createAgency' })}>
                {t('support.agency.create')}
              </Button>
            )
          }
        >
          {agencies.isError ? (
            <QueryError error={agencies.error} onRetry={() => void agencies.refetch()} />
          ) : (
            <AgencyList
              agencies={agencyList}
              loading={agencies.isPending}
              onLinkUser={permissions.manageGroups ? (agency) => open({ kind: 'linkUser', agency }) : undefined}
            />
          )}
        </Card>
      )}
      {provinceCode && kinds.data && (
        <Card title={t('support.policy.catalogue')}>
          <CataloguePolicies kinds={kinds.data} provinceCode={provinceCode} canEdit={permissions.manageGroups} indicatorName={indicatorName} />
        </Card>
      )}
      {dialog?.kind === 'createGroup' && provinceCode && (
        <CreateGroupModal {...state} provinceCode={provinceCode} agencies={agencyList} CommuneSelect={CommuneSelect} />
      )}
      {dialog?.kind === 'changeLead' && <ChangeLeadModal {...state} group={dialog.group} agencies={agencyList} />}
      {dialog?.kind === 'createAgency' && provinceCode && <CreateAgencyModal {...state} provinceCode={provinceCode} />}
      {dialog?.kind === 'linkUser' && <LinkUserModal {...state} agency={dialog.agency} />}
    </Flex>
  )
}
