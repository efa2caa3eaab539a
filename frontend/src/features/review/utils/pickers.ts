import type { ComponentType, CSSProperties } from 'react'

/*
 * Pickers the review pages need from other features (communes from the area feature, households
 * from the household feature): the route modules pass them in, since features do not import each
 * other; tests pass simple stand-ins.
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

/** An active household of one commune, found by code or member name. */
export type HouseholdPicker = ComponentType<Omit<PickerProps, 'allowClear' | 'placeholder' | 'disabled' | 'style'> & { communeCode: string }>
