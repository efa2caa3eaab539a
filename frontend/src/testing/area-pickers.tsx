import type { AreaPickers } from '@/features/household/utils/area-pickers'

/*
 * Stand-ins for the area feature's pickers (the route modules pass the real ones): native selects
 * with two communes of Huế and the villages of Xã Nam Đông.
 */

const COMMUNES = [
  { code: '20179', name: 'Xã Nam Đông' },
  { code: '19996', name: 'Phường Hương Trà' },
]

export const VILLAGES = [
  { id: '7393361b-bc62-4c74-8d77-c594b695b6a7', name: 'Thôn Hà An' },
  { id: '80851a4d-8104-4aac-9a4f-4de05022d8e6', name: 'Thôn Hương Hữu' },
]

export const TEST_PICKERS: AreaPickers = {
  CommuneSelect: ({ value, onChange, id, placeholder, disabled, ...props }) => (
    <select
      id={id}
      aria-label={props['aria-label']}
      value={value ?? ''}
      disabled={disabled}
      onChange={(event) => onChange?.(event.target.value || undefined)}
    >
      <option value="">{placeholder ?? ''}</option>
      {COMMUNES.map((commune) => (
        <option key={commune.code} value={commune.code}>
          {commune.name}
        </option>
      ))}
    </select>
  ),
  VillageSelect: ({ communeCode, value, onChange, id, placeholder, disabled, ...props }) => (
    <select
      id={id}
      aria-label={props['aria-label']}
      value={value ?? ''}
      disabled={disabled || !communeCode}
      onChange={(event) => onChange?.(event.target.value || undefined)}
    >
      <option value="">{placeholder ?? ''}</option>
      {(communeCode === '20179' ? VILLAGES : []).map((village) => (
        <option key={village.id} value={village.id}>
          {village.name}
        </option>
      ))}
    </select>
  ),
}
