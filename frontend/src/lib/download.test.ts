import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { fileNameOf, saveFile } from './download'

function withDisposition(value: string | null): Response {
  return new Response('x', { headers: value === null ? {} : { 'Content-Disposition': value } })
}

describe('fileNameOf', () => {
  it('reads the encoded name first, then the plain one', () => {
    expect(
      fileNameOf(
        withDisposition(`attachment; filename="giay-chung-nhan.pdf"; filename*=UTF-8''gi%E1%BA%A5y-ch%E1%BB%A9ng-nh%E1%BA%ADn.pdf`),
        'x.pdf',
      ),
    ).toBe('giấy-chứng-nhận.pdf')
    expect(fileNameOf(withDisposition('attachment; filename="niem-yet-2026.xlsx"'), 'x.xlsx')).toBe('niem-yet-2026.xlsx')
    expect(fileNameOf(withDisposition('attachment; filename=quyet-dinh.pdf'), 'x.pdf')).toBe('quyet-dinh.pdf')
  })

  it('falls back when the server names nothing', () => {
    expect(fileNameOf(withDisposition(null), 'tai-lieu.pdf')).toBe('tai-lieu.pdf')
  })
})

describe('saveFile', () => {
  it('clicks a download link to a blob URL', () => {
    // jsdom has no blob URLs: stand-ins for the test, put back after it.
    const { createObjectURL, revokeObjectURL } = URL
    const created = vi.fn(() => 'blob:test')
    URL.createObjectURL = created
    URL.revokeObjectURL = vi.fn()
    onTestFinished(() => {
      URL.createObjectURL = createObjectURL
      URL.revokeObjectURL = revokeObjectURL
    })
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    saveFile({ blob: new Blob(['%PDF']), fileName: 'giay-chung-nhan.pdf' })
    expect(created).toHaveBeenCalledOnce()
    const link = clicked.mock.contexts[0] as HTMLAnchorElement
    expect(link.download).toBe('giay-chung-nhan.pdf')
    expect(link.href).toBe('blob:test')
    expect(document.querySelector('a[download]')).toBeNull()
  })
})
