import { useQueryClient } from '@tanstack/react-query'
import { App, Col, Divider, Form, Modal, Row } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { RELATIONS_TO_HEAD } from '@/lib/fact-codes'
import { useAddMember } from '../api/add-member'
import { householdQueryKey, type Household, type Member } from '../api/get-household'
import { useUpdateMember } from '../api/update-member'
import {
  MEMBER_FIELDS,
  memberFormValues,
  newMemberValues,
  toMemberRequest,
  toMemberUpdate,
  type MemberField,
  type MemberFormValues,
} from '../utils/member-form'
import { useFormFailure } from '../utils/use-form-failure'
import type { ActionModalState } from './action-modal'
import { FormFailure } from './form-failure'
import { useMemberControls } from './member-controls'

const IDENTITY: readonly MemberField[] = ['fullName', 'birthDate', 'sex', 'ethnicity', 'citizenId', 'relationToHead']
const FACTS = MEMBER_FIELDS.filter((field) => !IDENTITY.includes(field))
/** For the head: every relation but HEAD is closed (the head changes by its own action). */
const RELATIONS_EXCEPT_HEAD = RELATIONS_TO_HEAD.filter((relation) => relation !== 'HEAD')

interface MemberFormModalProps extends ActionModalState {
  household: Household
  /** The member to edit; absent to add one. */
  member?: Member
}

/**
 * Adds a member or edits one. The citizen ID is only shown masked: when editing, the field starts
 * empty and an empty field keeps the stored ID (the API keeps it when the request leaves it out), so
 * editing never needs to read it in full.
 */
export function MemberFormModal({ household, member, open, onClose, afterClose }: MemberFormModalProps) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<MemberFormValues>()
  const { control, rules } = useMemberControls()
  const add = useAddMember()
  const update = useUpdateMember()
  const { failure, fail, clear } = useFormFailure(form, MEMBER_FIELDS)
  const [initialValues] = useState<MemberFormValues>(() =>
    member ? memberFormValues(member) : newMemberValues(undefined),
  )
  const pending = add.isPending || update.isPending

  const submit = async (values: MemberFormValues) => {
    clear()
    try {
      if (member) {
        const body = toMemberUpdate(values)
        const saved = await update.mutateAsync({ householdId: household.id, member, body })
        void message.success(t('household.member.updated', { name: saved.fullName }))
      } else {
        const saved = await add.mutateAsync({ householdId: household.id, body: toMemberRequest(values) })
        void message.success(t('household.member.added', { name: saved.fullName }))
      }
      onClose()
    } catch (error) {
      fail(error)
    }
  }

  const isHead = member?.relationToHead === 'HEAD'
  const item = (field: MemberField) => (
    <Col xs={24} sm={12} key={field}>
      <Form.Item
        name={field}
        label={t(`household.member.${field}`)}
        rules={rules(field)}
        extra={
          field === 'relationToHead'
            ? t('household.member.headHint')
            : field === 'citizenId' && member?.citizenIdMasked
              ? t('household.member.citizenIdKept', { masked: member.citizenIdMasked })
              : undefined
        }
      >
        {field === 'relationToHead' && isHead
          ? control(field, { block: true, disabledRelations: RELATIONS_EXCEPT_HEAD })
          : control(field, { block: true, disabledRelations: field === 'relationToHead' ? ['HEAD'] : [] })}
      </Form.Item>
    </Col>
  )

  return (
    <Modal
      open={open}
      title={
        member
          ? t('household.member.editTitle', { name: member.fullName })
          : t('household.member.addTitle', { code: household.code })
      }
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={afterClose}
      width={760}
    >
      <FormFailure
        failure={failure}
        onReload={() => {
          clear()
          void queryClient.invalidateQueries({ queryKey: householdQueryKey(household.id) })
        }}
      />
      <Form<MemberFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void submit(values)}
        disabled={pending}
      >
        <Divider titlePlacement="start">{t('household.member.section.identity')}</Divider>
        <Row gutter={16}>{IDENTITY.map(item)}</Row>
        <Divider titlePlacement="start">{t('household.member.section.facts')}</Divider>
        <Row gutter={16}>{FACTS.map(item)}</Row>
      </Form>
    </Modal>
  )
}
