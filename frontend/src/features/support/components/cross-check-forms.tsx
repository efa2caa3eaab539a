import { App, Button, Flex, InputNumber, Select, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert, type Failure } from '@/components/problem-alert'
import type { HelpGroup } from '../api/list-groups'
import { usePairGroups } from '../api/pair-groups'
import { useSampleCrossCheck } from '../api/sample-cross-check'
import { currentYear, yearOptions } from '../utils/period'

/** Pairs two groups for a year (A checks B and B checks A), or draws a sample of a group's households for another to inspect. */
export function CrossCheckForms({ groups }: { groups: readonly HelpGroup[] }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [groupA, setGroupA] = useState<string>()
  const [groupB, setGroupB] = useState<string>()
  const [year, setYear] = useState(currentYear())
  const [inspector, setInspector] = useState<string>()
  const [inspected, setInspected] = useState<string>()
  const [size, setSize] = useState<number | null>(5)
  const [failure, setFailure] = useState<Failure>()
  const pair = usePairGroups()
  const sample = useSampleCrossCheck()
  const options = groups.map((group) => ({ value: group.id, label: group.name }))

  const run = async (action: () => Promise<string>) => {
    setFailure(undefined)
    try {
      void message.success(await action())
    } catch (error) {
      setFailure({ error })
    }
  }

  return (
    <Flex vertical gap={12} data-testid="cross-check-forms">
      <ProblemAlert failure={failure} />
      <Flex gap={8} wrap align="center">
        <Typography.Text strong style={{ minWidth: 120 }}>
          {t('support.crossCheck.pair')}
        </Typography.Text>
        <Select id="pair-a" aria-label={t('support.crossCheck.groupA')} placeholder={t('support.crossCheck.groupA')} value={groupA} onChange={setGroupA} options={options} style={{ minWidth: 240 }} />
        <span>↔</span>
        <Select id="pair-b" aria-label={t('support.crossCheck.groupB')} placeholder={t('support.crossCheck.groupB')} value={groupB} onChange={setGroupB} options={options} style={{ minWidth: 240 }} />
        <Select id="pair-year" aria-label={t('support.filter.year')} value={year} onChange={setYear} options={yearOptions()} style={{ width: 110 }} />
        <Button
          type="primary"
          disabled={!groupA || !groupB}
          loading={pair.isPending}
          onClick={() =>
            void run(async () => {
              await pair.mutateAsync({ groupA: groupA ?? '', groupB: groupB ?? '', year })
              return t('support.crossCheck.paired')
            })
          }
        >
          {t('support.crossCheck.pairButton')}
        </Button>
      </Flex>
      <Flex gap={8} wrap align="center">
        <Typography.Text strong style={{ minWidth: 120 }}>
          {t('support.crossCheck.sample')}
        </Typography.Text>
        <Select id="sample-inspector" aria-label={t('support.crossCheck.inspector')} placeholder={t('support.crossCheck.inspector')} value={inspector} onChange={setInspector} options={options} style={{ minWidth: 240 }} />
        <span>→</span>
        <Select id="sample-inspected" aria-label={t('support.crossCheck.inspected')} placeholder={t('support.crossCheck.inspected')} value={inspected} onChange={setInspected} options={options} style={{ minWidth: 240 }} />
        <InputNumber<number> id="sample-size" aria-label={t('support.crossCheck.size')} min={1} max={200} precision={0} value={size} onChange={setSize} style={{ width: 90 }} />
        <Button
          disabled={!inspector || !inspected || !size}
          loading={sample.isPending}
          onClick={() =>
            void run(async () => {
              const check = await sample.mutateAsync({ inspectorGroupId: inspector ?? '', inspectedGroupId: inspected ?? '', year, size: size ?? 1 })
              return t('support.crossCheck.sampled', { count: check.householdIds.length })
            })
          }
        >
          {t('support.crossCheck.sampleButton')}
        </Button>
      </Flex>
    </Flex>
  )
}
