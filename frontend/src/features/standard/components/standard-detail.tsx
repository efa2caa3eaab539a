import { Alert, Button, Card, Descriptions, Flex, Typography, type DescriptionsProps } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatDateTime } from '@/lib/format'
import type { Standard } from '../api/get-standard'
import type { IndicatorType } from '../api/list-indicator-types'
import type { StandardValidation } from '../api/validate-standard'
import { DimensionsView } from './dimensions-view'
import { IncomeLinesTable } from './income-lines-table'
import { StandardActions, type ActionFailure } from './standard-actions'
import { StandardEditor } from './standard-editor'
import { RuleFamilyLabel, StandardStatusTag } from './standard-tags'
import { ViolationList } from './violation-list'

interface StandardDetailProps {
  standard: Standard
  /** The indicator catalogue: parameter types and descriptions. */
  catalogue: IndicatorType[]
  /** Administrators copy, edit, validate, publish, retire and delete (see canManageStandards). */
  canManage: boolean
  /** Reloads the standard (after a conflict). */
  onReload: () => void
}

/** A poverty standard: its facts, income lines, dimensions and indicators; edit mode for admins. */
export function StandardDetail({ standard, catalogue, canManage, onReload }: StandardDetailProps) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState(false)
  const [validation, setValidation] = useState<StandardValidation>()
  const [failure, setFailure] = useState<ActionFailure>()
  const definition = standard.definition
  const workingAge = definition.workingAge

  const items: DescriptionsProps['items'] = [
    { key: 'code', label: t('standard.field.code'), children: standard.code },
    { key: 'status', label: t('standard.field.status'), children: <StandardStatusTag status={standard.status} /> },
    { key: 'name', label: t('standard.field.name'), children: definition.name },
    { key: 'nameEn', label: t('standard.field.nameEn'), children: definition.nameEn },
    { key: 'legalReference', label: t('standard.field.legalReference'), children: definition.legalReference, span: 2 },
    {
      key: 'years',
      label: t('standard.field.years'),
      children: t('standard.years', { from: definition.yearFrom ?? '?', to: definition.yearTo ?? '?' }),
    },
    {
      key: 'ruleFamily',
      label: t('standard.field.ruleFamily'),
      children: <RuleFamilyLabel ruleFamily={definition.ruleFamily} />,
    },
    { key: 'minDeprivations', label: t('standard.field.minDeprivations'), children: definition.minDeprivations },
    { key: 'scoreB', label: t('standard.field.scoreBPerIndicator'), children: definition.scoreBPerIndicator },
    ...(workingAge
      ? [
          {
            key: 'workingAge',
            label: t('standard.field.workingAge'),
            children: t('standard.workingAge.value', {
              from: workingAge.from ?? '?',
              male: workingAge.belowMale ?? '?',
              female: workingAge.belowFemale ?? '?',
            }),
          },
        ]
      : []),
    ...(standard.basedOn
      ? [
          {
            key: 'basedOn',
            label: t('standard.field.basedOn'),
            children: <Link to={`/standards/${standard.basedOn}`}>{standard.basedOn}</Link>,
          },
        ]
      : []),
    {
      key: 'updated',
      label: t('standard.field.updated'),
      children: `${formatDateTime(standard.updatedAt)} · ${standard.updatedBy}`,
    },
    ...(standard.publishedAt
      ? [
          {
            key: 'published',
            label: t('standard.field.published'),
            children: `${formatDateTime(standard.publishedAt)} · ${standard.publishedBy ?? ''}`,
          },
        ]
      : []),
    { key: 'inUse', label: t('standard.field.inUse'), children: t(standard.inUse ? 'common.yes' : 'common.no') },
    {
      key: 'editable',
      label: t('standard.field.editable'),
      children: t(`standard.editable.${standard.editable}`),
    },
  ]

  return (
    <Flex vertical gap={16}>
      {canManage && !editing && (
        <StandardActions
          standard={standard}
          onEdit={() => {
            setValidation(undefined)
            setFailure(undefined)
            setEditing(true)
          }}
          onValidated={setValidation}
          onFailure={setFailure}
        />
      )}
      {failure && (
        <Alert
          type={failure.conflict ? 'warning' : 'error'}
          showIcon
          closable={{ onClose: () => setFailure(undefined) }}
          title={failure.text}
          description={failure.violations.length > 0 && <ViolationList violations={failure.violations} />}
          action={
            failure.conflict && (
              <Button
                size="small"
                onClick={() => {
                  setFailure(undefined)
                  onReload()
                }}
              >
                {t('common.reload')}
              </Button>
            )
          }
          data-testid="standard-action-error"
        />
      )}
      {validation && (
        <Alert
          type={validation.valid ? 'success' : 'warning'}
          showIcon
          closable={{ onClose: () => setValidation(undefined) }}
          title={t(validation.valid ? 'standard.validate.valid' : 'standard.validate.invalid')}
          description={
            validation.problems.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="validation-problems">
                {validation.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            )
          }
          data-testid="standard-validation"
        />
      )}
      {editing ? (
        <StandardEditor
          standard={standard}
          catalogue={catalogue}
          onDone={() => setEditing(false)}
          onReload={() => {
            setEditing(false)
            onReload()
          }}
        />
      ) : (
        <>
          <Card size="small" title={t('standard.detail.general')}>
            <Descriptions items={items} column={{ xs: 1, md: 2 }} size="small" />
          </Card>
          <Card size="small" title={t('standard.lines.title')}>
            <Typography.Paragraph type="secondary">{t('standard.lines.hint')}</Typography.Paragraph>
            <IncomeLinesTable lines={definition.lines} />
          </Card>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('standard.dimensions.title')}
          </Typography.Title>
          <DimensionsView dimensions={definition.dimensions} catalogue={catalogue} />
        </>
      )}
    </Flex>
  )
}
