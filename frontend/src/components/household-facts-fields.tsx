import { Col, Form, InputNumber, Row, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { INFORMATION_DEVICES, LATRINE_TYPES, WASTE_DISPOSALS, WATER_SOURCES } from '@/lib/fact-codes'
import { NO_DEVICE, type DeviceChoice } from '@/lib/fact-form'
import { YesNoSelect } from './yes-no-select'

const YES_NO_FACTS = [
  'wallsDurable',
  'pillarsDurable',
  'roofDurable',
  'internetUse',
  'phoneSubscription',
  'communityLoudspeaker',
] as const

/** The dwelling and the household's services and devices; anything left empty is "not known". */
export function HouseholdFactsFields() {
  const { t } = useTranslation()
  const unknown = t('classification.unknown')

  const yesNo = (fact: (typeof YES_NO_FACTS)[number]) => (
    <Col xs={24} sm={12} lg={8} key={fact}>
      <Form.Item name={['household', fact]} label={t(`classification.household.${fact}`)}>
        <YesNoSelect />
      </Form.Item>
    </Col>
  )

  return (
    <Row gutter={16}>
      {yesNo('wallsDurable')}
      {yesNo('pillarsDurable')}
      {yesNo('roofDurable')}
      <Col xs={24} sm={12} lg={8}>
        <Form.Item name={['household', 'floorAreaM2']} label={t('classification.household.floorAreaM2')}>
          <InputNumber<number> min={0} step={1} suffix="m²" placeholder={unknown} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12} lg={8}>
        <Form.Item name={['household', 'waterSource']} label={t('classification.household.waterSource')}>
          <Select
            allowClear
            placeholder={unknown}
            options={WATER_SOURCES.map((value) => ({ value, label: t(`fact.waterSource.${value}`) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12} lg={8}>
        <Form.Item name={['household', 'latrineType']} label={t('classification.household.latrineType')}>
          <Select
            allowClear
            placeholder={unknown}
            options={LATRINE_TYPES.map((value) => ({ value, label: t(`fact.latrineType.${value}`) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12} lg={8}>
        <Form.Item name={['household', 'wasteDisposal']} label={t('classification.household.wasteDisposal')}>
          <Select
            allowClear
            placeholder={unknown}
            options={WASTE_DISPOSALS.map((value) => ({ value, label: t(`fact.wasteDisposal.${value}`) }))}
          />
        </Form.Item>
      </Col>
      {yesNo('internetUse')}
      {yesNo('phoneSubscription')}
      <Col xs={24} sm={12} lg={8}>
        <Form.Item
          name={['household', 'informationDevices']}
          label={t('classification.household.informationDevices')}
          normalize={(next: DeviceChoice[], previous: DeviceChoice[] | undefined) => {
            // "None of these" excludes the devices, and a device excludes "none of these".
            const addedNone = next.includes(NO_DEVICE) && !(previous ?? []).includes(NO_DEVICE)
            return addedNone ? [NO_DEVICE] : next.filter((device) => device !== NO_DEVICE || next.length === 1)
          }}
        >
          <Select<DeviceChoice[]>
            mode="multiple"
            allowClear
            placeholder={unknown}
            options={[
              ...INFORMATION_DEVICES.map((value) => ({ value, label: t(`fact.informationDevice.${value}`) })),
              { value: NO_DEVICE, label: t('classification.household.noDevice') },
            ]}
          />
        </Form.Item>
      </Col>
      {yesNo('communityLoudspeaker')}
    </Row>
  )
}
