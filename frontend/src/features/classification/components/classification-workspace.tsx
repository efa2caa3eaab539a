import { ApartmentOutlined, ClearOutlined, SwapOutlined } from '@ant-design/icons'
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Form,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Switch,
  Typography,
} from 'antd'
import dayjs from 'dayjs'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ClassificationResult } from '@/components/classification-result'
import { HouseholdFactsFields } from '@/components/household-facts-fields'
import { IndicatorTicks } from '@/components/indicator-ticks'
import { MoneyInput } from '@/components/money-input'
import { errorMessage, isApiError } from '@/lib/error-message'
import { useLocalized } from '@/lib/i18n/use-localized'
import { useIndicatorNames } from '@/lib/indicator-names'
import { useClassifyHousehold } from '../api/classify-household'
import { useCompareStandards } from '../api/compare-standards'
import { planComparison } from '../utils/compare-plan'
import {
  AREA_TYPES,
  buildEvaluateRequest,
  governingStandard,
  INCOME_BASES,
  indicatorCodes,
  initialFormValues,
  type ClassificationFormValues,
  type StandardDefinition,
  type StandardSummary,
} from '../utils/form-model'
import { ComparisonTable } from './comparison-table'
import { MembersTable } from './members-table'

interface ClassificationWorkspaceProps {
  /** The standards the user may apply (published and retired; drafts too for administrators). */
  standards: StandardSummary[]
  /** Their definitions, by code: indicator lists and names. */
  definitions: Readonly<Record<string, StandardDefinition | undefined>>
  /** The review year proposed; the current year by default. */
  initialYear?: number
}

function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation()
  const violations = isApiError(error) ? error.violations : []
  return (
    <Alert
      type="error"
      showIcon
      title={errorMessage(error, t)}
      description={
        violations.length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {violations.map((violation, index) => (
              <li key={index}>
                {violation.field}: {violation.message}
              </li>
            ))}
          </ul>
        )
      }
      data-testid="classification-error"
    />
  )
}

/**
 * "Phân loại hộ": an officer types a household by hand and sees its class under the standard of
 * the year (or another), with the reasons; or under every published standard side by side.
 */
export function ClassificationWorkspace({
  standards,
  definitions,
  initialYear = dayjs().year(),
}: ClassificationWorkspaceProps) {
  const { t } = useTranslation()
  const localized = useLocalized()
  const [form] = Form.useForm<ClassificationFormValues>()
  const resultRef = useRef<HTMLDivElement>(null)
  const [initialValues] = useState(() => initialFormValues(initialYear))
  const [includeRetired, setIncludeRetired] = useState(false)
  const [compareNotes, setCompareNotes] = useState<{ skipped: string[] }>()
  const classify = useClassifyHousehold()
  const compare = useCompareStandards()

  const year = Form.useWatch('year', form) ?? initialYear
  const chosenCode = Form.useWatch('standardCode', form)
  const incomeBasis = Form.useWatch('incomeBasis', form) ?? initialValues.incomeBasis
  const governing = governingStandard(standards, year)
  const appliedCode = chosenCode || governing?.code
  const definition = appliedCode ? definitions[appliedCode] : undefined
  const tickNames = useIndicatorNames(definition)
  const resultDefinition = classify.data ? definitions[classify.data.standardCode] : undefined

  const submit = (values: ClassificationFormValues) => {
    classify.mutate(buildEvaluateRequest(values, indicatorCodes(definition)), {
      // The button is at the bottom of a long form: bring the answer (beside or below it) into view.
      onSettled: () => resultRef.current?.scrollIntoView?.({ behavior: 'smooth', block: 'start' }),
    })
  }

  const runComparison = async () => {
    let values: ClassificationFormValues
    try {
      values = await form.validateFields()
    } catch {
      return
    }
    const plan = planComparison(
      standards,
      buildEvaluateRequest(values, indicatorCodes(definition)),
      includeRetired,
    )
    setCompareNotes({ skipped: plan.skipped })
    if (plan.request.standardCodes.length > 0) compare.mutate(plan.request)
    else compare.reset()
  }

  const reset = () => {
    form.resetFields()
    classify.reset()
    compare.reset()
    setCompareNotes(undefined)
  }

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xxl={14}>
        <Form<ClassificationFormValues>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={submit}
          scrollToFirstError
        >
          <Flex vertical gap={16}>
            <Card title={t('classification.section.household')} size="small">
              <Row gutter={16}>
                <Col xs={24} sm={8}>
                  <Form.Item
                    name="year"
                    label={t('classification.field.year')}
                    rules={[{ required: true, message: t('classification.field.yearRequired') }]}
                  >
                    <InputNumber<number> min={2000} max={2100} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={16}>
                  <Form.Item
                    name="standardCode"
                    label={t('classification.field.standard')}
                    extra={
                      !chosenCode &&
                      (governing
                        ? t('classification.field.standardGoverning', { code: governing.code })
                        : t('classification.field.standardNone', { year }))
                    }
                  >
                    <Select
                      allowClear
                      placeholder={t('classification.field.standardAuto')}
                      options={standards.map((standard) => ({
                        value: standard.code,
                        label: `${standard.code} · ${localized(standard.name, standard.nameEn)}${
                          standard.status === 'PUBLISHED' ? '' : ` (${t(`standard.status.${standard.status}`)})`
                        }`,
                      }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={8}>
                  <Form.Item
                    name="areaType"
                    label={t('classification.field.areaType')}
                    rules={[{ required: true, message: t('classification.field.areaTypeRequired') }]}
                  >
                    <Radio.Group
                      optionType="button"
                      options={AREA_TYPES.map((value) => ({ value, label: t(`area.areaType.${value}`) }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={16}>
                  <Form.Item name="incomeBasis" label={t('classification.field.incomeBasis')}>
                    <Radio.Group
                      optionType="button"
                      options={INCOME_BASES.map((value) => ({
                        value,
                        label: t(`classification.incomeBasis.${value}`),
                      }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  {incomeBasis === 'SCORE_A' ? (
                    <Form.Item
                      name="scoreA"
                      label={t('classification.field.scoreA')}
                      rules={[{ required: true, message: t('classification.field.scoreARequired') }]}
                    >
                      <InputNumber<number> min={0} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  ) : (
                    <Form.Item
                      name="monthlyIncomePerCapita"
                      label={t('classification.field.income')}
                      rules={[{ required: true, message: t('classification.field.incomeRequired') }]}
                    >
                      <MoneyInput />
                    </Form.Item>
                  )}
                </Col>
              </Row>
            </Card>
            <Card title={t('classification.section.living')} size="small">
              <HouseholdFactsFields />
            </Card>
            <Card title={t('classification.section.members')} size="small">
              <MembersTable />
            </Card>
            <Card
              title={t('classification.section.ticks')}
              size="small"
              extra={appliedCode && <Typography.Text type="secondary">{appliedCode}</Typography.Text>}
            >
              <Typography.Paragraph type="secondary">{t('classification.ticks.hint')}</Typography.Paragraph>
              <IndicatorTicks definition={definition} />
            </Card>
            <Flex gap={12} wrap align="center">
              {/* Not a submit button: Enter in a field (a date, a name) must not classify a half-typed household. */}
              <Button
                type="primary"
                icon={<ApartmentOutlined />}
                loading={classify.isPending}
                onClick={() => form.submit()}
              >
                {t('classification.action.classify')}
              </Button>
              <Button icon={<SwapOutlined />} onClick={() => void runComparison()} loading={compare.isPending}>
                {t('classification.action.compare')}
              </Button>
              <Space>
                <Switch size="small" checked={includeRetired} onChange={setIncludeRetired} id="include-retired" />
                <label htmlFor="include-retired">{t('classification.compare.includeRetired')}</label>
              </Space>
              <Button icon={<ClearOutlined />} onClick={reset}>
                {t('classification.action.reset')}
              </Button>
            </Flex>
          </Flex>
        </Form>
      </Col>
      <Col xs={24} xxl={10}>
        <div ref={resultRef} style={{ scrollMarginTop: 16 }}>
          {classify.isError ? (
            <ProblemAlert error={classify.error} />
          ) : classify.data ? (
            <ClassificationResult result={classify.data} definition={resultDefinition} />
          ) : (
            <Card>
              <Empty description={t('classification.result.empty')} />
            </Card>
          )}
        </div>
      </Col>
      {compareNotes && (
        <Col span={24}>
          <Card title={t('classification.compare.title')} loading={compare.isPending && !compare.data}>
            <Flex vertical gap={12}>
              {compareNotes && compareNotes.skipped.length > 0 && (
                <Alert
                  type="info"
                  showIcon
                  title={t('classification.compare.skipped', { codes: compareNotes.skipped.join(', ') })}
                />
              )}
              {compare.data?.results
                .filter((result) => result.ignoredDeprivations.length > 0)
                .map((result) => (
                  <Alert
                    key={result.standardCode}
                    type="info"
                    showIcon
                    title={t('classification.compare.droppedTicks', {
                      code: result.standardCode,
                      names: result.ignoredDeprivations.map((code) => tickNames.indicator(code)).join(', '),
                    })}
                  />
                ))}
              {compare.isIdle && <Alert type="warning" showIcon title={t('classification.compare.nothing')} />}
              {compare.isError ? (
                <ProblemAlert error={compare.error} />
              ) : (
                compare.data && <ComparisonTable results={compare.data.results} definitions={definitions} />
              )}
            </Flex>
          </Card>
        </Col>
      )}
    </Row>
  )
}
