// Exports from staff mode arrive as downloads of the page; in the kiosk they open a save dialog that
// starts in the Documents folder with the export's own file name, made safe. The kiosk has no download
// bar, so a download that stops (the store failing mid-export, the ticket lapsed) says so in a box:
// staff must not leave believing the file was saved. (Not run here: no Electron binary.)
import path from 'node:path';
import { app, dialog, type Session } from 'electron';
import { safeFileName } from '../../shared/safe-file-name';

/** Main has no translation files; the kiosk's staff read Swedish first, as on the page. */
export const DOWNLOAD_STOPPED_TITLE = 'Exporten sparades inte / The export was not saved';
export const downloadStoppedMessage = (file: string): string =>
  `${file} sparades inte: exporten avbröts. Tryck på exportknappen igen.\n\n` +
  `${file} was not saved: the export stopped. Press the export button again.`;

export function askWhereToSaveDownloads(session: Session): void {
  session.on('will-download', (_event, item) => {
    const fileName = safeFileName(item.getFilename());
    item.setSaveDialogOptions({
      title: 'Entré',
      // The name comes from the page: it must not point the dialog outside the Documents folder.
      defaultPath: path.join(app.getPath('documents'), fileName),
    });
    item.once('done', (_done, state) => {
      if (state === 'interrupted') dialog.showErrorBox(DOWNLOAD_STOPPED_TITLE, downloadStoppedMessage(fileName));
    });
  });
}
