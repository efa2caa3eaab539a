import { Alert, App, Form } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { Household } from '../api/get-household'
import { useMergeHousehold } from '../api/merge-household'
import { isoDate } from '../utils/iso-date'
import { ActionModal, type ActionModalState } from './action-modal'
import { HouseholdSearchSelect } from './household-search-select'
import { PastDateItem } from './past-date-item'

interface MergeValues {
  targetHouseholdId?: string
  mergedOn?: Dayjs
}

/** Nhập hộ: every member joins another household of the same commune, and this one closes. */
export function MergeHouseholdModal({ household, ...state }: ActionModalState & { household: Household }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const [form] = Form.useForm<MergeValues>()
  const merge = useMergeHousehold()

  return (
    <ActionModal<MergeValues>
      {...state}
      title={t('household.merge.title', { code: household.code })}
      okText={t('household.merge.ok')}
      danger
      form={form}
      initialValues={{ mergedOn: dayjs() }}
      fields={['targetHouseholdId', 'mergedOn']}
      householdId={household.id}
      pending={merge.isPending}
      intro={
        <Alert
          type="warning"
          showIcon
          title={t('household.merge.warning', { code: household.code })}
          style={{ marginBottom: 16 }}
        />
      }
      onSubmit={async (values) => {
        if (!values.targetHouseholdId || !values.mergedOn) return
        const target = await merge.mutateAsync({
          household,
          body: { targetHouseholdId: values.targetHouseholdId, mergedOn: isoDate(values.mergedOn) },
        })
        void message.success(t('household.merge.done', { code: target.code }))
        void navigate(`/households/${target.id}`)
      }}
    >
      <Form.Item
        name="targetHouseholdId"
        label={t('household.merge.target')}
        rules={[{ required: true, message: t('household.merge.targetRequired') }]}
      >
        <HouseholdSearchSelect
          communeCode={household.communeCode}
          excludeIds={[household.id]}
          aria-label={t('household.merge.target')}
        />
      </Form.Item>
      <PastDateItem name="mergedOn" label={t('household.merge.date')} />
    </ActionModal>
  )
}
