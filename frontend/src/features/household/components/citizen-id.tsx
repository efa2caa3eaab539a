import { EyeOutlined } from '@ant-design/icons'
import { Button, Space, Tooltip, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '@/lib/error-message'
import type { Member } from '../api/get-household'
import { useMemberCitizenId } from '../api/get-member-citizen-id'

/**
 * A member's citizen ID, masked (********2345) until the officer asks to see it: that read is
 * audited, so it happens only on the click.
 */
export function CitizenId({ householdId, member }: { householdId: string; member: Member }) {
  const { t } = useTranslation()
  const read = useMemberCitizenId()
  if (!member.citizenIdMasked) return null
  if (read.data) return <Typography.Text copyable>{read.data.citizenId}</Typography.Text>
  return (
    <Space size={4}>
      <Typography.Text type="secondary" style={{ fontFamily: 'monospace' }}>
        {member.citizenIdMasked}
      </Typography.Text>
      <Tooltip title={read.isError ? errorMessage(read.error, t) : t('household.member.citizenIdAudited')}>
        <Button
          size="small"
          type="link"
          icon={<EyeOutlined />}
          loading={read.isPending}
          danger={read.isError}
          aria-label={t('household.member.showCitizenIdOf', { name: member.fullName })}
          onClick={() => read.mutate({ householdId, memberId: member.id })}
        >
          {t('common.view')}
        </Button>
      </Tooltip>
    </Space>
  )
}
