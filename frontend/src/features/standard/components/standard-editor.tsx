import { Alert, App, Button, Card, Col, Flex, Form, Input, InputNumber, Row, Select, Space } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Violation } from '@/lib/api-client'
import { errorMessage, isApiError } from '@/lib/error-message'
import type { Indicator, Standard, StandardDefinition } from '../api/get-standard'
import type { IndicatorType } from '../api/list-indicator-types'
import { RULE_FAMILIES, type AreaType, type RuleFamily } from '../api/list-standards'
import { useUpdateStandard } from '../api/update-standard'
import { isIndicatorEditable, isLineEditable, type LineField } from '../utils/editability'
import { DimensionsView } from './dimensions-view'
import { IncomeLinesTable } from './income-lines-table'
import { ViolationList } from './violation-list'

interface StandardEditorProps {
  standard: Standard
  catalogue: IndicatorType[]
  onDone: () => void
  /** Reloads the standard after a conflict (412) and leaves edit mode. */
  onReload: () => void
}

type GeneralField = 'name' | 'nameEn' | 'legalReference'
type NumberField = 'yearFrom' | 'yearTo' | 'minDeprivations' | 'scoreBPerIndicator'
type WorkingAgeField = 'from' | 'belowMale' | 'belowFemale'

interface Failure {
  text: string
  conflict: boolean
  violations: Violation[]
}

/**
 * Edit mode of a standard: in a draft names, years, rule, lines and every indicator's
 * thresholds; in a published standard not yet used only the provisional parts (the rest is
 * shown disabled). Saves the whole definition with If-Match.
 */
export function StandardEditor({ standard, catalogue, onDone, onReload }: StandardEditorProps) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const saved = standard.definition
  const [draft, setDraft] = useState<StandardDefinition>(() => structuredClone(saved))
  const [failure, setFailure] = useState<Failure>()
  const updateStandard = useUpdateStandard()
  const all = standard.editable === 'ALL'

  const setText = (field: GeneralField, value: string) => setDraft((current) => ({ ...current, [field]: value }))
  const setNumber = (field: NumberField, value: number | null) =>
    setDraft((current) => ({ ...current, [field]: value ?? undefined }))
  const setWorkingAge = (field: WorkingAgeField, value: number | null) =>
    setDraft((current) => ({ ...current, workingAge: { ...current.workingAge, [field]: value ?? undefined } }))

  const setLine = (areaType: AreaType, field: LineField, value: number | boolean | undefined) =>
    setDraft((current) => ({
      ...current,
      lines: { ...current.lines, [areaType]: { ...current.lines?.[areaType], [field]: value } },
    }))

  const updateIndicator = (
    dimensionIndex: number,
    indicatorIndex: number,
    patch: (indicator: Indicator) => Partial<Indicator>,
  ) =>
    setDraft((current) => ({
      ...current,
      dimensions: (current.dimensions ?? []).map((dimension, d) =>
        d !== dimensionIndex
          ? dimension
          : {
              ...dimension,
              indicators: (dimension.indicators ?? []).map((indicator, i) =>
                i !== indicatorIndex ? indicator : { ...indicator, ...patch(indicator) },
              ),
            },
      ),
    }))

  const save = async () => {
    setFailure(undefined)
    try {
      await updateStandard.mutateAsync({ standard, definition: draft })
      void message.success(t('standard.edit.saved', { code: standard.code }))
      onDone()
    } catch (error) {
      setFailure({
        text: isApiError(error, 412) ? t('standard.conflict') : errorMessage(error, t),
        conflict: isApiError(error, 412),
        violations: isApiError(error) ? error.violations : [],
      })
    }
  }

  return (
    <Flex vertical gap={16}>
      <Alert
        type="info"
        showIcon
        title={t(all ? 'standard.edit.hintDraft' : 'standard.edit.hintProvisional')}
      />
      {failure && (
        <Alert
          type={failure.conflict ? 'warning' : 'error'}
          showIcon
          title={failure.text}
          description={failure.violations.length > 0 && <ViolationList violations={failure.violations} />}
          action={
            failure.conflict && (
              <Button size="small" onClick={onReload}>
                {t('common.reload')}
              </Button>
            )
          }
          data-testid="standard-save-error"
        />
      )}
      <Card size="small" title={t('standard.detail.general')}>
        <Form layout="vertical" disabled={!all || updateStandard.isPending}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item label={t('standard.field.name')} htmlFor="standard-name">
                <Input id="standard-name" value={draft.name} onChange={(event) => setText('name', event.target.value)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label={t('standard.field.nameEn')} htmlFor="standard-name-en">
                <Input
                  id="standard-name-en"
                  value={draft.nameEn}
                  onChange={(event) => setText('nameEn', event.target.value)}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item label={t('standard.field.legalReference')} htmlFor="standard-legal-reference">
                <Input
                  id="standard-legal-reference"
                  value={draft.legalReference}
                  onChange={(event) => setText('legalReference', event.target.value)}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item label={t('standard.field.yearFrom')} htmlFor="standard-year-from">
                <InputNumber<number>
                  id="standard-year-from"
                  value={draft.yearFrom ?? null}
                  onChange={(value) => setNumber('yearFrom', value)}
                  min={2000}
                  max={2100}
                  precision={0}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item label={t('standard.field.yearTo')} htmlFor="standard-year-to">
                <InputNumber<number>
                  id="standard-year-to"
                  value={draft.yearTo ?? null}
                  onChange={(value) => setNumber('yearTo', value)}
                  min={2000}
                  max={2100}
                  precision={0}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label={t('standard.field.ruleFamily')} htmlFor="standard-rule-family">
                <Select<RuleFamily>
                  id="standard-rule-family"
                  value={draft.ruleFamily}
                  onChange={(value) => setDraft((current) => ({ ...current, ruleFamily: value }))}
                  options={RULE_FAMILIES.map((value) => ({ value, label: t(`standard.ruleFamily.${value}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item label={t('standard.field.minDeprivations')} htmlFor="standard-min-deprivations">
                <InputNumber<number>
                  id="standard-min-deprivations"
                  value={draft.minDeprivations ?? null}
                  onChange={(value) => setNumber('minDeprivations', value)}
                  min={1}
                  precision={0}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item label={t('standard.field.scoreBPerIndicator')} htmlFor="standard-score-b">
                <InputNumber<number>
                  id="standard-score-b"
                  value={draft.scoreBPerIndicator ?? null}
                  onChange={(value) => setNumber('scoreBPerIndicator', value)}
                  min={1}
                  precision={0}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item label={t('standard.field.workingAge')}>
                <Space wrap>
                  {(['from', 'belowMale', 'belowFemale'] as const).map((field) => (
                    <InputNumber<number>
                      key={field}
                      aria-label={t(`standard.workingAge.${field}`)}
                      prefix={t(`standard.workingAge.${field}`)}
                      value={draft.workingAge?.[field] ?? null}
                      onChange={(value) => setWorkingAge(field, value)}
                      min={0}
                      max={100}
                      precision={0}
                      style={{ width: 160 }}
                    />
                  ))}
                </Space>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <Card size="small" title={t('standard.lines.title')}>
        <IncomeLinesTable
          lines={draft.lines}
          editing={{
            onChange: setLine,
            isEditable: (areaType, field) =>
              !updateStandard.isPending && isLineEditable(standard.editable, saved, areaType, field),
          }}
        />
      </Card>
      <DimensionsView
        dimensions={draft.dimensions}
        catalogue={catalogue}
        editing={{
          isEditable: (code) => !updateStandard.isPending && isIndicatorEditable(standard.editable, saved, code),
          onParameterChange: (d, i, name, value) =>
            updateIndicator(d, i, (indicator) => ({ parameters: { ...indicator.parameters, [name]: value } })),
          onProvisionalChange: (d, i, provisional) => updateIndicator(d, i, () => ({ provisional })),
        }}
      />
      <Flex gap={8} justify="flex-end">
        <Button onClick={onDone} disabled={updateStandard.isPending}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" loading={updateStandard.isPending} onClick={() => void save()}>
          {t('common.save')}
        </Button>
      </Flex>
    </Flex>
  )
}
