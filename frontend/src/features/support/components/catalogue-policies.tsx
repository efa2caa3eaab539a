import { EditOutlined } from '@ant-design/icons'
import { App, Button, Form, Input, Switch, Table, Tag, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLocalized } from '@/lib/i18n/use-localized'
import type { SupportKind } from '../api/list-kinds'
import { useSetPolicy } from '../api/set-policy'
import { useDialog } from '../utils/use-dialog'
import { useKindAddresses } from '../utils/use-kind-addresses'
import { FormModal, type FormModalState } from './form-modal'

interface PolicyValues {
  discouraged?: boolean
  note?: string
}

function PolicyModal({ kind, provinceCode, ...state }: FormModalState & { kind: SupportKind; provinceCode: string }) {
  const { t } = useTranslation()
  const localized = useLocalized()
  const { message } = App.useApp()
  const [form] = Form.useForm<PolicyValues>()
  const setPolicy = useSetPolicy()
  return (
    <FormModal<PolicyValues>
      {...state}
      title={t('support.policy.title', { kind: localized(kind.name, kind.nameEn) })}
      okText={t('common.save')}
      form={form}
      name="support-policy"
      initialValues={{ discouraged: kind.discouraged, note: kind.policyNote ?? '' }}
      fields={['discouraged', 'note']}
      pending={setPolicy.isPending}
      onSubmit={async (values) => {
        await setPolicy.mutateAsync({
          kindCode: kind.code,
          provinceCode,
          body: { discouraged: values.discouraged ?? false, note: values.note?.trim() || undefined },
        })
        void message.success(t('support.policy.done'))
      }}
    >
      <Form.Item name="discouraged" label={t('support.policy.discouraged')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="note" label={t('support.policy.note')} rules={[{ max: 1000, message: t('support.invalid.tooLong', { max: 1000 }) }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  )
}

/** The support catalogue with the province's policy on each kind (province officers set it). */
export function CataloguePolicies({
  kinds,
  provinceCode,
  canEdit,
  indicatorName,
}: {
  kinds: readonly SupportKind[]
  provinceCode: string
  canEdit: boolean
  indicatorName: (code: string) => string
}) {
  const { t } = useTranslation()
  const localized = useLocalized()
  const addresses = useKindAddresses(indicatorName)
  const { dialog, open, state } = useDialog<SupportKind>()
  const columns: TableColumnsType<SupportKind> = [
    { title: t('support.item.kind'), key: 'name', render: (_, kind) => localized(kind.name, kind.nameEn) },
    { title: t('support.kind.addressesTitle'), key: 'addresses', render: (_, kind) => addresses(kind) },
    { title: t('support.item.unit'), dataIndex: 'unit' },
    {
      title: t('support.policy.title.short'),
      key: 'policy',
      render: (_, kind) =>
        kind.discouraged ? <Tag color="orange">{t('support.kind.discouraged')}</Tag> : <Tag color="green">{t('support.policy.allowed')}</Tag>,
    },
    { title: t('support.policy.note'), key: 'note', render: (_, kind) => kind.policyNote ?? '' },
    ...(canEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, kind: SupportKind) => (
              <Button size="small" icon={<EditOutlined />} aria-label={t('support.policy.edit', { kind: kind.code })} onClick={() => open(kind)}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ]
  return (
    <>
      <Table<SupportKind>
        rowKey="code"
        size="small"
        columns={columns}
        dataSource={kinds as SupportKind[]}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="catalogue-table"
      />
      {dialog && <PolicyModal {...state} kind={dialog} provinceCode={provinceCode} />}
    </>
  )
}
