import { Flex, Form, Radio, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Schemas } from '@/lib/api-client'
import { TICK_STATES } from '@/lib/fact-form'
import { useLocalized } from '@/lib/i18n/use-localized'

type StandardDefinition = Schemas['StandardDefinition']

/**
 * Per indicator of the standard applied, the officer may tick it deprived or not deprived,
 * which overrides what the facts give; "derive" leaves it to the facts.
 */
export function IndicatorTicks({ definition }: { definition: StandardDefinition | undefined }) {
  const { t } = useTranslation()
  const localized = useLocalized()
  const dimensions = definition?.dimensions ?? []

  if (dimensions.length === 0) {
    return <Typography.Text type="secondary">{t('classification.ticks.noStandard')}</Typography.Text>
  }

  return (
    <Flex vertical gap={12} data-testid="indicator-ticks">
      {dimensions.map((dimension) => (
        <div key={dimension.code}>
          <Typography.Text strong>{localized(dimension.name, dimension.nameEn)}</Typography.Text>
          {(dimension.indicators ?? []).map((indicator) => {
            const name = localized(indicator.name, indicator.nameEn)
            return (
              <Flex
                key={indicator.code}
                justify="space-between"
                align="center"
                gap={12}
                wrap
                style={{ padding: '4px 0 4px 12px' }}
              >
                <span>{name}</span>
                <Form.Item name={['ticks', indicator.code ?? '']} initialValue="DERIVE" noStyle>
                  <Radio.Group
                    aria-label={name}
                    size="small"
                    optionType="button"
                    options={TICK_STATES.map((state) => ({ value: state, label: t(`classification.tick.${state}`) }))}
                  />
                </Form.Item>
              </Flex>
            )
          })}
        </div>
      ))}
    </Flex>
  )
}
