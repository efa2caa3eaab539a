import { useInfiniteQuery } from '@tanstack/react-query'
import { Select } from 'antd'
import { useEffect, type CSSProperties } from 'react'
import { matchesText } from '@/lib/text'
import { listVillagesQueryOptions } from '../api/list-villages'

export interface VillageSelectProps {
  communeCode: string | undefined
  value?: string
  onChange?: (id: string | undefined) => void
  id?: string
  allowClear?: boolean
  placeholder?: string
  disabled?: boolean
  'aria-label'?: string
  style?: CSSProperties
}

/** Picks one of a commune's villages / residential groups (typed search ignores diacritics). */
export function VillageSelect({ communeCode, value, onChange, style, ...props }: VillageSelectProps) {
  const villages = useInfiniteQuery({ ...listVillagesQueryOptions(communeCode ?? ''), enabled: Boolean(communeCode) })
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = villages
  // A commune rarely has more than a page of villages; load them all for the list.
  useEffect(() => {
    if (communeCode && hasNextPage && !isFetchingNextPage) void fetchNextPage()
  }, [communeCode, hasNextPage, isFetchingNextPage, fetchNextPage])

  const options = communeCode
    ? (villages.data?.pages.flatMap((page) => page.items) ?? []).map((village) => ({
        value: village.id,
        label: village.name,
      }))
    : []
  return (
    <Select<string>
      {...props}
      showSearch={{ filterOption: (input, option) => matchesText(String(option?.label ?? ''), input) }}
      value={value}
      onChange={(next) => onChange?.(next ?? undefined)}
      options={options}
      loading={Boolean(communeCode) && villages.isPending}
      disabled={props.disabled || !communeCode}
      style={{ minWidth: 180, ...style }}
    />
  )
}
