import type { ComponentType, CSSProperties } from 'react'

/**
 * Pickers of communes and villages the household pages need. They belong to the area feature, so
 * the route modules pass them in (features do not import each other); tests pass simple stand-ins.
 */
interface PickerProps {
  value?: string
  onChange?: (value: string | undefined) => void
  id?: string
  allowClear?: boolean
  placeholder?: string
  disabled?: boolean
  'aria-label'?: string
  style?: CSSProperties
}

/** A commune within the user's jurisdiction. */
export type CommunePicker = ComponentType<PickerProps>

/** A village / residential group of one commune. */
export type VillagePicker = ComponentType<PickerProps & { communeCode: string | undefined }>

/** The pickers, together. */
export interface AreaPickers {
  CommuneSelect: CommunePicker
  VillageSelect: VillagePicker
}
