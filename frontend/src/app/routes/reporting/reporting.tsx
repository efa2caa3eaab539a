import { MailOutlined } from '@ant-design/icons'
import { Button, Card, Flex } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CurrentUser } from '@/features/account/api/get-current-user'
import { ContactsModal } from '@/features/reporting/components/contacts-modal'
import { RemindersList } from '@/features/reporting/components/reminders-list'
import { SubmissionList } from '@/features/reporting/components/submission-list'
import { JurisdictionCommuneSelect } from '../households/jurisdiction-commune-select'
import { ReportingPage } from './reporting-page'
import { canSetReportContacts, hasReminders } from './reporting-scope'

/** Sets the e-mail contacts of one of the user's units. */
function ContactsButton({ user }: { user: CurrentUser }) {
  const { t } = useTranslation()
  const [unit, setUnit] = useState<CurrentUser['areas'][number]>()
  if (!canSetReportContacts(user) || user.areas.length === 0) return null
  return (
    <>
      <Flex gap={8} wrap>
        {user.areas.map((area) => (
          <Button key={area.code} icon={<MailOutlined />} onClick={() => setUnit(area)}>
            {t('reporting.contacts.button', { unit: area.fullName })}
          </Button>
        ))}
      </Flex>
      {unit && <ContactsModal open onClose={() => setUnit(undefined)} unitCode={unit.code} unitName={unit.fullName} />}
    </>
  )
}

/**
 * /reporting: the reminders of the user's units and the reports they owe or receive (canReadReporting:
 * officers, chairs, auditors, the province's system, helping agencies).
 */
export function ReportingRoute() {
  const { t } = useTranslation()
  return (
    <ReportingPage title={t('reporting.title')} tabs>
      {(user) => {
        const byUnit = user.national || user.areas.some((area) => area.level === 'PROVINCE') || user.areas.length > 1
        return (
          <>
            {hasReminders(user) && (
              <Card size="small" title={t('reporting.reminders.title')} style={{ marginBottom: 16 }} extra={<ContactsButton user={user} />}>
                <RemindersList />
              </Card>
            )}
            <Card size="small" title={t('reporting.list.title')}>
              <SubmissionList UnitSelect={byUnit ? JurisdictionCommuneSelect : undefined} />
            </Card>
          </>
        )
      }}
    </ReportingPage>
  )
}
