import { Select } from 'antd'
import type { ComponentProps } from 'react'
import { useCurrentUser } from '@/features/account/api/get-current-user'
import { CommuneSelect } from '@/features/area/components/commune-select'
import type { CommunePicker } from '@/features/household/utils/area-pickers'

type PickerProps = ComponentProps<CommunePicker>

/**
 * A commune of the user's jurisdiction: commune officers pick among their communes; province
 * users search their province's communes; national users pick a province first.
 */
export function JurisdictionCommuneSelect(props: PickerProps) {
  const currentUser = useCurrentUser()
  const user = currentUser.data
  if (!user) return <Select {...props} loading disabled style={{ minWidth: 220, ...props.style }} />
  const provinces = user.areas.filter((area) => area.level === 'PROVINCE')
  const communes = user.areas.filter((area) => area.level === 'COMMUNE')
  if (!user.national && provinces.length === 0) {
    return (
      <Select<string>
        {...props}
        onChange={(code) => props.onChange?.(code ?? undefined)}
        options={communes.map((area) => ({ value: area.code, label: area.fullName }))}
        style={{ minWidth: 220, ...props.style }}
      />
    )
  }
  const province = !user.national && provinces.length === 1 && communes.length === 0 ? provinces[0].code : undefined
  return <CommuneSelect {...props} provinceCode={province} />
}
