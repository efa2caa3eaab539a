import { CheckOutlined, CloseOutlined, DownloadOutlined, UndoOutlined } from '@ant-design/icons'
import { useQueryClient } from '@tanstack/react-query'
import { Alert, App, Button, Card, Descriptions, Flex, Popconfirm, Radio, Result, Skeleton, Tabs, Typography } from 'antd'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ProblemAlert, type Failure } from '@/components/problem-alert'
import { QueryError } from '@/components/query-error'
import { errorMessage, isApiError } from '@/lib/error-message'
import { formatDateTime } from '@/lib/format'
import { useFormats } from '@/lib/use-formats'
import { useCancelImport } from '../api/cancel-import'
import { useCommitImport } from '../api/commit-import'
import { useDownloadImportErrors } from '../api/download-import-errors'
import { useImport, type ImportJob, type ImportMode } from '../api/get-import'
import { useUndoImport } from '../api/undo-import'
import { importJobQueryKey, importListsQueryKey } from '../api/keys'
import { failureText } from '../utils/failure'
import { isCancellable, isRunning } from '../utils/phases'
import { ImportHouseholds } from './import-households'
import { ImportIssues } from './import-issues'
import { ImportPhaseTag } from './import-phase-tag'
import { ImportProgress } from './import-progress'
import { ImportSummaryCards } from './import-summary'

const MODES = ['PER_HOUSEHOLD', 'ALL_OR_NOTHING'] as const satisfies readonly ImportMode[]

interface ImportJobViewProps {
  id: string
  /** Whether the user may commit and cancel (see canWriteImports). */
  canWrite: boolean
}

/**
 * One import, from upload to commit: its progress while it works (asked every second), then what validation
 * found (counts, issues, households, the error workbook) with the commit and the cancel, the result of the
 * commit, or why the file could not be read.
 */
export function ImportJobView({ id, canWrite }: ImportJobViewProps) {
  const { t } = useTranslation()
  const job = useImport(id)
  useRefreshOnPhaseChange(job.data)

  if (job.isError) return <QueryError error={job.error} onRetry={() => void job.refetch()} />
  if (!job.data) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    )
  }
  const data = job.data
  return (
    <Card
      title={
        <Flex gap={8} align="center" wrap>
          <span>{t('imports.job.title', { file: data.fileName })}</span>
          <ImportPhaseTag phase={data.phase} />
        </Flex>
      }
      data-testid="import-job"
      style={{ marginBottom: 16 }}
    >
      <JobFacts job={data} />
      <JobBody job={data} canWrite={canWrite} />
    </Card>
  )
}

/** When the phase moves on, the job's lists and the history are read again (a commit marks the households). */
function useRefreshOnPhaseChange(job: ImportJob | undefined) {
  const queryClient = useQueryClient()
  const seen = useRef<string | undefined>(undefined)
  const phase = job?.phase
  const id = job?.id
  useEffect(() => {
    if (!id || !phase) return
    const previous = seen.current
    seen.current = phase
    if (previous === undefined || previous === phase) return
    void queryClient.invalidateQueries({
      predicate: (query) => {
        const key = query.queryKey
        const jobKey = importJobQueryKey(id)
        // The job's issues and households, not the job itself (just read).
        return key.length > jobKey.length && jobKey.every((part, index) => key[index] === part)
      },
    })
    void queryClient.invalidateQueries({ queryKey: importListsQueryKey })
  }, [id, phase, queryClient])
}

function JobFacts({ job }: { job: ImportJob }) {
  const { t } = useTranslation()
  const format = useFormats()
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 2, lg: 3 }}
      style={{ marginBottom: 16 }}
      items={[
        { key: 'area', label: t('imports.job.area'), children: job.areaName },
        { key: 'mode', label: t('imports.job.mode'), children: t(`imports.mode.${job.mode}`) },
        {
          key: 'rows',
          label: t('imports.job.rows'),
          children: job.rowsTotal === null ? '' : format.number(job.rowsTotal),
        },
        {
          key: 'created',
          label: t('imports.job.created'),
          children: t('imports.job.byAt', { by: job.createdBy, at: formatDateTime(job.createdAt) }),
        },
        ...(job.committedAt
          ? [
              {
                key: 'committed',
                label: t('imports.job.committed'),
                children: t('imports.job.byAt', { by: job.committedBy ?? '', at: formatDateTime(job.committedAt) }),
              },
            ]
          : []),
        ...(job.undoneBy
          ? [
              {
                key: 'undone',
                label: t('imports.job.undone'),
                children: job.undoneAt
                  ? t('imports.job.byAt', { by: job.undoneBy, at: formatDateTime(job.undoneAt) })
                  : job.undoneBy,
              },
            ]
          : []),
      ]}
    />
  )
}

function JobBody({ job, canWrite }: { job: ImportJob; canWrite: boolean }) {
  const { t } = useTranslation()
  if (isRunning(job.phase)) {
    return (
      <>
        <ImportProgress job={job} />
        {canWrite && isCancellable(job.phase) && (
          <Flex style={{ marginTop: 12 }}>
            <CancelButton job={job} />
          </Flex>
        )}
      </>
    )
  }
  switch (job.phase) {
    case 'VALIDATED':
      return <Validated job={job} canWrite={canWrite} />
    case 'COMMITTED':
      return <Committed job={job} canWrite={canWrite} />
    case 'UNDONE':
      return (
        <>
          <Result
            status="info"
            title={t('imports.undone.title')}
            subTitle={t('imports.undone.description')}
            data-testid="import-undone"
          />
          <JobTables job={job} />
        </>
      )
    case 'FAILED':
      return (
        <Result
          status="error"
          title={t('imports.failed.title')}
          subTitle={<span data-testid="import-failure">{failureText(job, t)}</span>}
          extra={
            job.failureMessage && (
              <Typography.Text type="secondary">{t('imports.failed.detail', { detail: job.failureMessage })}</Typography.Text>
            )
          }
        />
      )
    case 'CANCELLED':
      return <Result status="info" title={t('imports.cancelled.title')} subTitle={t('imports.cancelled.description')} />
    default:
      return <Result status="info" title={t(`imports.phase.${job.phase}`)} />
  }
}

function CancelButton({ job, onError }: { job: ImportJob; onError?: (failure: Failure) => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const cancel = useCancelImport()
  return (
    <Popconfirm
      title={t('imports.cancel.confirm')}
      description={t('imports.cancel.confirmDescription')}
      okText={t('imports.cancel.ok')}
      cancelText={t('imports.cancel.keep')}
      okButtonProps={{ danger: true }}
      onConfirm={() =>
        cancel.mutateAsync(job.id).then(
          () => void message.success(t('imports.cancel.done')),
          (error: unknown) => (onError ? onError({ error }) : void message.error(errorMessage(error, t))),
        )
      }
    >
      <Button danger icon={<CloseOutlined />} loading={cancel.isPending}>
        {t('imports.cancel.button')}
      </Button>
    </Popconfirm>
  )
}

function ErrorWorkbookButton({ job }: { job: ImportJob }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const download = useDownloadImportErrors()
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={download.isPending}
      onClick={() => download.mutate(job.id, { onError: (error: unknown) => void message.error(errorMessage(error, t)) })}
    >
      {t('imports.errorWorkbook')}
    </Button>
  )
}

function Validated({ job, canWrite }: { job: ImportJob; canWrite: boolean }) {
  const { t } = useTranslation()
  const commit = useCommitImport()
  const [mode, setMode] = useState<ImportMode>(job.mode)
  const [failure, setFailure] = useState<Failure>()
  const onCommit = () => {
    setFailure(undefined)
    commit.mutate({ id: job.id, mode }, { onError: (error: unknown) => setFailure({ error }) })
  }
  return (
    <>
      {job.sameFileAs && (
        <Alert
          type="info"
          showIcon
          title={t('imports.sameFile')}
          data-testid="import-same-file"
          style={{ marginBottom: 16 }}
        />
      )}
      {job.failureCode && (
        <Alert
          type="warning"
          showIcon
          title={failureText(job, t)}
          description={job.failureMessage ?? undefined}
          data-testid="import-commit-refused"
          style={{ marginBottom: 16 }}
        />
      )}
      {job.summary && <ImportSummaryCards summary={job.summary} />}
      {canWrite && (
        <Card size="small" style={{ marginTop: 16 }} data-testid="import-commit">
          <ProblemAlert failure={failure} />
          <Flex gap={12} wrap align="center">
            <Flex vertical>
              <Typography.Text type="secondary">{t('imports.commit.mode')}</Typography.Text>
              <Radio.Group
                aria-label={t('imports.commit.mode')}
                value={mode}
                onChange={(event) => setMode(event.target.value as ImportMode)}
                options={MODES.map((value) => ({ value, label: t(`imports.mode.${value}`) }))}
              />
            </Flex>
            <Button type="primary" icon={<CheckOutlined />} loading={commit.isPending} onClick={onCommit}>
              {t('imports.commit.button')}
            </Button>
            <CancelButton job={job} onError={setFailure} />
            {job.issueCount > 0 && <ErrorWorkbookButton job={job} />}
          </Flex>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t(`imports.mode.${mode}.hint`)}
          </Typography.Paragraph>
        </Card>
      )}
      {!canWrite && job.issueCount > 0 && (
        <Flex style={{ marginTop: 16 }}>
          <ErrorWorkbookButton job={job} />
        </Flex>
      )}
      <JobTables job={job} />
    </>
  )
}

function Committed({ job, canWrite }: { job: ImportJob; canWrite: boolean }) {
  const { t } = useTranslation()
  const format = useFormats()
  const [failure, setFailure] = useState<Failure>()
  const summary = job.summary
  const householdsLink = job.areaCode.length === 5 ? `/households?communeCode=${job.areaCode}` : '/households'
  return (
    <>
      <Result
        status="success"
        title={t('imports.committed.title')}
        subTitle={
          summary && (
            <span data-testid="import-committed-counts">
              {t('imports.committed.counts', {
                new: format.number(summary.householdsNew),
                updated: format.number(summary.householdsUpdated),
                unchanged: format.number(summary.householdsUnchanged),
                rejected: format.number(summary.householdsRejected),
              })}
            </span>
          )
        }
        extra={
          <Flex gap={16} align="center" justify="center" wrap>
            <Link to={householdsLink}>{t('imports.committed.toHouseholds')}</Link>
            {canWrite && <UndoButton job={job} onError={setFailure} />}
          </Flex>
        }
        data-testid="import-committed"
      />
      {job.failureCode === 'import.undo_blocked' && !failure && (
        <Alert type="warning" showIcon title={t('errors.import.undo_blocked')} style={{ marginBottom: 16 }} />
      )}
      <ProblemAlert failure={failure}>
        <BlockingHouseholds error={failure?.error} />
      </ProblemAlert>
      {summary && <ImportSummaryCards summary={summary} />}
      {job.issueCount > 0 && (
        <Flex style={{ marginTop: 16 }}>
          <ErrorWorkbookButton job={job} />
        </Flex>
      )}
      <JobTables job={job} />
    </>
  )
}

function UndoButton({ job, onError }: { job: ImportJob; onError: (failure: Failure | undefined) => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const undo = useUndoImport()
  return (
    <Popconfirm
      title={t('imports.undo.confirm')}
      description={t('imports.undo.confirmDescription')}
      okText={t('imports.undo.ok')}
      cancelText={t('imports.undo.keep')}
      okButtonProps={{ danger: true }}
      onConfirm={() => {
        onError(undefined)
        return undo.mutateAsync(job.id).then(
          () => void message.info(t('imports.undo.started')),
          (error: unknown) => onError({ error }),
        )
      }}
    >
      <Button danger icon={<UndoOutlined />} loading={undo.isPending} data-testid="import-undo">
        {t('imports.undo.button')}
      </Button>
    </Popconfirm>
  )
}

/** The households a refused undo names (its violations), as the officer looks them up. */
function BlockingHouseholds({ error }: { error: unknown }) {
  const { t } = useTranslation()
  if (!isApiError(error, 409)) return null
  const codes = error.violations.filter((violation) => violation.field === 'householdCode').map((v) => v.message)
  if (codes.length === 0) return null
  return <span data-testid="import-undo-blocking">{t('imports.undo.blocking', { codes: codes.join(', ') })}</span>
}

/** The issues (when there are any) and the households, as tabs. */
function JobTables({ job }: { job: ImportJob }) {
  const { t } = useTranslation()
  const format = useFormats()
  const [tab, setTab] = useState(job.issueCount > 0 ? 'issues' : 'households')
  return (
    <Tabs
      activeKey={tab}
      onChange={setTab}
      style={{ marginTop: 16 }}
      items={[
        {
          key: 'issues',
          label: t('imports.issues.title', { number: format.number(job.issueCount) }),
          children: <ImportIssues jobId={job.id} />,
        },
        {
          key: 'households',
          label: t('imports.households.title', { number: format.number(job.summary?.householdsTotal ?? 0) }),
          children: <ImportHouseholds jobId={job.id} />,
        },
      ]}
    />
  )
}
