import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ImportPhase } from '../api/get-import'

const COLORS: Record<ImportPhase, string> = {
  QUEUED: 'default',
  STAGING: 'processing',
  VALIDATING: 'processing',
  VALIDATED: 'blue',
  COMMITTING: 'processing',
  COMMITTED: 'success',
  UNDOING: 'processing',
  UNDONE: 'default',
  CANCELLED: 'default',
  FAILED: 'error',
}

/** Đang kiểm tra / Đã kiểm tra / Đã ghi vào sổ hộ / …, in its colour. */
export function ImportPhaseTag({ phase }: { phase: ImportPhase }) {
  const { t } = useTranslation()
  return (
    <Tag color={COLORS[phase]} data-phase={phase} data-testid="import-phase">
      {t(`imports.phase.${phase}`)}
    </Tag>
  )
}
