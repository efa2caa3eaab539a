/**
 * Files the API serves (PDF, XLSX) need the bearer token, so a plain link cannot fetch them: the
 * feature fetches the file through the API client and hands the blob to the browser from here.
 */

/** The file name a response suggests (Content-Disposition, RFC 6266 `filename*` first), else the fallback. */
export function fileNameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get('Content-Disposition') ?? ''
  const encoded = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition)
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim())
    } catch {
      // A malformed encoding: try the plain name.
    }
  }
  const plain = /filename\s*=\s*"([^"]+)"|filename\s*=\s*([^;]+)/.exec(disposition)
  const name = (plain?.[1] ?? plain?.[2])?.trim()
  return name || fallback
}

/** A fetched file, with the name to save it under. */
export interface DownloadedFile {
  blob: Blob
  fileName: string
}

/** Hands a fetched file to the browser, which saves it (or asks where) under its name. */
export function saveFile({ blob, fileName }: DownloadedFile): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked a moment later: some browsers start reading the blob only after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
