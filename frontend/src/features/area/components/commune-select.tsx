import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { Select, Space } from 'antd'
import { useState, type CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import { matchesText } from '@/lib/text'
import { useDebouncedValue } from '@/lib/use-debounced-value'
import { getAreaQueryOptions } from '../api/get-area'
import { listCommunesQueryOptions } from '../api/list-communes'
import { useProvinces } from '../api/list-provinces'

export interface CommuneSelectProps {
  /** The province whose communes are offered; without it a province is picked first (national users). */
  provinceCode?: string
  value?: string
  onChange?: (code: string | undefined) => void
  id?: string
  allowClear?: boolean
  placeholder?: string
  disabled?: boolean
  'aria-label'?: string
  style?: CSSProperties
}

/**
 * Picks a commune of a province, searched on the server as the user types (diacritics ignored).
 * The chosen commune keeps its name even when it is not among the results of the search.
 */
export function CommuneSelect({ provinceCode, value, onChange, style, ...props }: CommuneSelectProps) {
  const chosen = useQuery({ ...getAreaQueryOptions(value ?? ''), enabled: Boolean(value) })
  const [pickedProvince, setPickedProvince] = useState<string>()
  const province = provinceCode ?? pickedProvince ?? chosen.data?.provinceCode ?? undefined
  const [search, setSearch] = useState('')
  const q = useDebouncedValue(search)
  const communes = useInfiniteQuery({
    ...listCommunesQueryOptions({ provinceCode: province ?? '', q }),
    enabled: Boolean(province),
  })

  const found = province ? (communes.data?.pages.flatMap((page) => page.items) ?? []) : []
  const options = found.map((commune) => ({ value: commune.code, label: commune.fullName }))
  if (value && chosen.data && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: chosen.data.fullName })
  }

  const communeSelect = (
    <Select<string>
      {...props}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      value={value}
      onChange={(next) => {
        setSearch('')
        onChange?.(next ?? undefined)
      }}
      options={options}
      loading={communes.isFetching}
      disabled={props.disabled || !province}
      style={{ minWidth: 220, ...style }}
    />
  )
  if (provinceCode) return communeSelect
  return (
    <Space.Compact>
      <ProvinceSelect
        value={province}
        disabled={props.disabled}
        onChange={(code) => {
          setPickedProvince(code)
          if (value) onChange?.(undefined)
        }}
      />
      {communeSelect}
    </Space.Compact>
  )
}

function ProvinceSelect({
  value,
  onChange,
  disabled,
}: {
  value?: string
  onChange: (code: string | undefined) => void
  disabled?: boolean
}) {
  const { t } = useTranslation()
  const provinces = useProvinces()
  return (
    <Select<string>
      aria-label={t('area.field.province')}
      placeholder={t('area.field.province')}
      allowClear
      showSearch={{ filterOption: (input, option) => matchesText(String(option?.label ?? ''), input) }}
      value={value}
      onChange={(code) => onChange(code ?? undefined)}
      options={(provinces.data ?? []).map((province) => ({ value: province.code, label: province.name }))}
      loading={provinces.isPending}
      disabled={disabled}
      style={{ width: 160 }}
    />
  )
}
