import { useTranslation } from 'react-i18next'
import { factKindOf, factLabelKey } from '@/lib/fact-codes'
import type { ParameterSpec } from '../api/list-indicator-types'

export function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

export function isCodeList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

/** The label of a code a parameter lists (a water source, a latrine type…), or the code itself. */
export function useCodeLabel(spec: Pick<ParameterSpec, 'allowedValues'> | undefined): (code: string) => string {
  const { t } = useTranslation()
  const kind = factKindOf(spec?.allowedValues ?? [])
  return (code) => {
    const key = factLabelKey(kind, code)
    return key ? t(key) : code
  }
}

/** The parameters of an indicator in catalogue order, then any the catalogue does not know. */
export function orderedParameters(
  parameters: Record<string, unknown> | undefined,
  specs: readonly ParameterSpec[],
): { name: string; spec: ParameterSpec | undefined; value: unknown }[] {
  const values = parameters ?? {}
  const known = specs.map((spec) => ({ name: spec.name, spec, value: values[spec.name] }))
  const extra = Object.keys(values)
    .filter((name) => !specs.some((spec) => spec.name === name))
    .map((name) => ({ name, spec: undefined, value: values[name] }))
  return [...known, ...extra]
}
