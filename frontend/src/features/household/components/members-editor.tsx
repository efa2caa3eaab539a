import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Form, Table, Tooltip, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import {
  headCount,
  MAX_NEW_MEMBERS,
  MEMBER_FIELDS,
  newMemberValues,
  type MemberField,
  type MemberFormValues,
} from '../utils/member-form'
import { useMemberControls } from './member-controls'

interface FieldRow {
  key: number
  name: number
}

/**
 * The members of a new household, one row each (Form.List "members"), with every fact the
 * indicators need; exactly one of them is the head.
 */
export function MembersEditor() {
  const { t } = useTranslation()
  const { control, rules } = useMemberControls()

  const cellLabel = (field: MemberField, index: number) =>
    t('household.member.cell', { field: t(`household.member.${field}`), index: index + 1 })

  return (
    <Form.List
      name="members"
      rules={[
        {
          validator: async (_, members: (MemberFormValues | undefined)[] | undefined) => {
            if (headCount(members ?? []) !== 1) throw new Error(t('household.members.headRequired'))
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => {
        const columns: TableColumnsType<FieldRow> = [
          { title: '#', key: 'index', width: 44, fixed: 'left', render: (_, __, index) => index + 1 },
          ...MEMBER_FIELDS.map((field) => ({
            title: t(`household.member.${field}`),
            key: field,
            fixed: field === 'fullName' ? ('left' as const) : undefined,
            render: (_: unknown, row: FieldRow, index: number) => (
              <Form.Item name={[row.name, field]} rules={rules(field)} style={{ margin: 0 }}>
                {control(field, { label: cellLabel(field, index) })}
              </Form.Item>
            ),
          })),
          {
            title: '',
            key: 'remove',
            width: 56,
            render: (_, row, index) => (
              <Tooltip title={t('household.members.remove', { index: index + 1 })}>
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('household.members.remove', { index: index + 1 })}
                  onClick={() => remove(row.name)}
                  disabled={fields.length <= 1}
                />
              </Tooltip>
            ),
          },
        ]
        return (
          <>
            <Table<FieldRow>
              rowKey="key"
              size="small"
              columns={columns}
              dataSource={fields.map((field) => ({ key: field.key, name: field.name }))}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('household.members.empty') }}
              data-testid="members-editor"
            />
            <Form.ErrorList errors={errors} />
            <Button
              icon={<PlusOutlined />}
              onClick={() => add(newMemberValues())}
              disabled={fields.length >= MAX_NEW_MEMBERS}
              style={{ marginTop: 12 }}
            >
              {t('household.members.add')}
            </Button>
          </>
        )
      }}
    </Form.List>
  )
}
