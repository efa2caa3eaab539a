import { Flex, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import type { CurrentUser } from '@/features/account/api/get-current-user'
import { useProvinces } from '@/features/area/api/list-provinces'
import { CommuneSelect } from '@/features/area/components/commune-select'
import { NATIONAL_AREA } from './dashboard-scope'

/** Where the user picks the area: national users a province (or the country), province officers a commune. */
export function AreaPicker({
  user,
  areaCode,
  provinceCode,
  onChange,
  national = false,
}: {
  user: CurrentUser
  /** The area shown: a commune, a province, or VN (the country). */
  areaCode: string
  /** The province of the area (of the commune shown). */
  provinceCode?: string
  onChange: (code: string) => void
  /** Whether national users may choose the whole country. */
  national?: boolean
}) {
  const { t } = useTranslation()
  const provinces = useProvinces()
  const ownProvinces = user.areas.filter((area) => area.level === 'PROVINCE')
  const ownCommunes = user.areas.filter((area) => area.level === 'COMMUNE')
  const communeCode = areaCode.length === 5 ? areaCode : undefined

  if (!user.national && ownProvinces.length === 0) {
    if (ownCommunes.length < 2) return null
    return (
      <Select<string>
        aria-label={t('dashboard.picker.commune')}
        value={areaCode}
        onChange={onChange}
        options={ownCommunes.map((area) => ({ value: area.code, label: area.fullName }))}
        style={{ minWidth: 240 }}
      />
    )
  }
  const provinceOptions = user.national
    ? [
        ...(national ? [{ value: NATIONAL_AREA, label: t('dashboard.picker.national') }] : []),
        ...(provinces.data ?? []).map((province) => ({ value: province.code, label: province.fullName })),
      ]
    : ownProvinces.map((area) => ({ value: area.code, label: area.fullName }))
  const chosenProvince = areaCode === NATIONAL_AREA ? NATIONAL_AREA : provinceCode
  return (
    <Flex gap={8} wrap>
      {(user.national || provinceOptions.length > 1) && (
        <Select<string>
          aria-label={t('dashboard.picker.province')}
          placeholder={t('dashboard.picker.chooseProvince')}
          value={chosenProvince}
          onChange={onChange}
          loading={user.national && provinces.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          options={provinceOptions}
          style={{ minWidth: 240 }}
        />
      )}
      {chosenProvince && chosenProvince !== NATIONAL_AREA && (
        <CommuneSelect
          provinceCode={chosenProvince}
          aria-label={t('dashboard.picker.commune')}
          placeholder={t('dashboard.picker.allCommunes')}
          allowClear
          value={communeCode}
          onChange={(code) => onChange(code ?? chosenProvince)}
          style={{ minWidth: 260 }}
        />
      )}
    </Flex>
  )
}
