import { Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useDebouncedValue } from '@/lib/use-debounced-value'
import { useHouseholds, type HouseholdSummary } from '../api/list-households'

interface HouseholdSearchSelectProps {
  /** Search in this commune only (merging needs the same commune). */
  communeCode?: string
  /** Households that may not be chosen (the one the action starts from). */
  excludeIds?: readonly string[]
  value?: string
  onChange?: (id: string | undefined, household?: HouseholdSummary) => void
  id?: string
  'aria-label'?: string
}

const SEARCH_LIMIT = 20

function label(household: HouseholdSummary): string {
  return [household.code, household.headName, household.villageName].filter(Boolean).join(' · ')
}

/** Finds an active household by code or member name (diacritics optional) on the server. */
export function HouseholdSearchSelect({
  communeCode,
  excludeIds = [],
  value,
  onChange,
  ...props
}: HouseholdSearchSelectProps) {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  const q = useDebouncedValue(search.trim())
  const found = useHouseholds({ communeCode, q, status: 'ACTIVE' }, { limit: SEARCH_LIMIT, enabled: q !== '' })
  const [chosen, setChosen] = useState<HouseholdSummary>()

  const candidates = (found.data?.pages.flatMap((page) => page.items) ?? []).filter(
    (household) => !excludeIds.includes(household.id),
  )
  const options = candidates.map((household) => ({ value: household.id, label: label(household) }))
  if (chosen && value === chosen.id && !options.some((option) => option.value === chosen.id)) {
    options.unshift({ value: chosen.id, label: label(chosen) })
  }

  return (
    <Select<string>
      {...props}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      placeholder={t('household.search.placeholder')}
      notFoundContent={q ? t('household.search.empty') : null}
      loading={found.isFetching}
      value={value}
      onChange={(next) => {
        const household = candidates.find((candidate) => candidate.id === next)
        setChosen(household)
        setSearch('')
        onChange?.(next ?? undefined, household)
      }}
      options={options}
      style={{ width: '100%' }}
    />
  )
}
