import type { ComponentType, CSSProperties } from 'react'

/*
 * Pickers the support pages need from the area feature (communes of the user's jurisdiction): the
 * route modules pass them in, since features do not import each other; tests pass simple stand-ins.
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
