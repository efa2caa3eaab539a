import { App, Button, Checkbox, Form, Input, Select } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { activeMembers, type Household } from '../api/get-household'
import { useSplitHousehold } from '../api/split-household'
import type { VillagePicker } from '../utils/area-pickers'
import { isoDate } from '../utils/iso-date'
import { ADDRESS_MAX_LENGTH, PHONE_PATTERN } from '../utils/member-form'
import { ActionModal, type ActionModalState } from './action-modal'
import { PastDateItem } from './past-date-item'

interface SplitValues {
  memberIds: string[]
  headMemberId?: string
  remainingHeadMemberId?: string
  villageId?: string
  address?: string
  phone?: string
  splitOn?: Dayjs
}

interface SplitHouseholdModalProps extends ActionModalState {
  household: Household
  VillageSelect: VillagePicker
}

/**
 * Tách hộ: some members form a new household in the same commune. When the head leaves with them,
 * someone who stays becomes head here.
 */
export function SplitHouseholdModal({ household, VillageSelect, ...state }: SplitHouseholdModalProps) {
  const { t } = useTranslation()
  const { notification } = App.useApp()
  const navigate = useNavigate()
  const [form] = Form.useForm<SplitValues>()
  const split = useSplitHousehold()
  const members = activeMembers(household)
  const leaving: string[] = Form.useWatch('memberIds', form) ?? []
  const moving = members.filter((member) => leaving.includes(member.id))
  const staying = members.filter((member) => !leaving.includes(member.id))
  const headLeaves = household.headMemberId !== null && leaving.includes(household.headMemberId)

  return (
    <ActionModal<SplitValues>
      {...state}
      title={t('household.split.title', { code: household.code })}
      okText={t('household.split.ok')}
      form={form}
      initialValues={{ memberIds: [], splitOn: dayjs() }}
      fields={['memberIds', 'headMemberId', 'remainingHeadMemberId', 'villageId', 'address', 'phone', 'splitOn']}
      householdId={household.id}
      pending={split.isPending}
      onSubmit={async (values) => {
        if (!values.headMemberId || !values.splitOn) return
        const created = await split.mutateAsync({
          household,
          body: {
            memberIds: values.memberIds,
            headMemberId: values.headMemberId,
            remainingHeadMemberId: headLeaves ? values.remainingHeadMemberId : undefined,
            villageId: values.villageId || undefined,
            address: values.address?.trim() || undefined,
            phone: values.phone?.trim() || undefined,
            splitOn: isoDate(values.splitOn),
          },
        })
        const key = `split-${created.id}`
        // Notifications render outside the router: navigate with the modal's own navigate.
        notification.success({
          key,
          title: t('household.split.done', { code: created.code }),
          actions: (
            <Button
              size="small"
              type="primary"
              onClick={() => {
                notification.destroy(key)
                void navigate(`/households/${created.id}`)
              }}
            >
              {t('common.open')}
            </Button>
          ),
        })
      }}
    >
      <Form.Item
        name="memberIds"
        label={t('household.split.members')}
        rules={[
          { required: true, type: 'array', min: 1, message: t('household.split.membersRequired') },
          {
            validator: async (_, ids: string[] | undefined) => {
              if ((ids ?? []).length >= members.length) throw new Error(t('household.split.notEveryone'))
            },
          },
        ]}
      >
        <Checkbox.Group
          style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
          options={members.map((member) => ({ value: member.id, label: member.fullName }))}
        />
      </Form.Item>
      <Form.Item
        name="headMemberId"
        label={t('household.split.newHead')}
        dependencies={['memberIds']}
        rules={[
          { required: true, message: t('household.split.newHeadRequired') },
          {
            validator: async (_, id: string | undefined) => {
              if (id && !leaving.includes(id)) throw new Error(t('household.split.newHeadRequired'))
            },
          },
        ]}
      >
        <Select
          aria-label={t('household.split.newHead')}
          options={moving.map((member) => ({ value: member.id, label: member.fullName }))}
        />
      </Form.Item>
      {headLeaves && (
        <Form.Item
          name="remainingHeadMemberId"
          label={t('household.split.remainingHead', { code: household.code })}
          rules={[{ required: true, message: t('household.split.remainingHeadRequired') }]}
        >
          <Select
            aria-label={t('household.split.remainingHead', { code: household.code })}
            options={staying.map((member) => ({ value: member.id, label: member.fullName }))}
          />
        </Form.Item>
      )}
      <Form.Item name="villageId" label={t('household.field.village')}>
        <VillageSelect communeCode={household.communeCode} allowClear aria-label={t('household.field.village')} />
      </Form.Item>
      <Form.Item
        name="address"
        label={t('household.field.address')}
        extra={t('household.split.addressHint')}
        rules={[{ max: ADDRESS_MAX_LENGTH, message: t('household.invalid.address', { max: ADDRESS_MAX_LENGTH }) }]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('household.field.phone')}
        rules={[{ pattern: PHONE_PATTERN, message: t('household.invalid.phone') }]}
      >
        <Input inputMode="tel" autoComplete="off" />
      </Form.Item>
      <PastDateItem name="splitOn" label={t('household.split.date')} />
    </ActionModal>
  )
}
