// Saving an exported file from the page: a download in the browser station; in Electron the same
// download opens the save dialog (src/main/electron/downloads.ts).
import type { ExportDownload, ExportFile } from '../../shared/staff';

export function saveExportFile(file: ExportFile): void {
  const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  saveExportDownload({ fileName: file.fileName, url });
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * An export offered by main: the download is sent as it is read from the store and, in the kiosk,
 * written to the chosen file as it arrives (src/main/staff/export-downloads.ts).
 */
export function saveExportDownload(file: ExportDownload): void {
  const link = document.createElement('a');
  link.href = file.url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
}
