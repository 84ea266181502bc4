// Saving an exported file from the page: a download in the browser station; in Electron the same
// download opens the save dialog (src/main/electron/downloads.ts).
import type { ExportFile } from '../../shared/staff';

export function saveExportFile(file: ExportFile): void {
  const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
