// Exports from staff mode arrive as downloads of the page; in the kiosk they open a save dialog that
// starts in the Documents folder with the export's own file name, made safe. (Not run here: no Electron binary.)
import path from 'node:path';
import { app, type Session } from 'electron';
import { safeFileName } from '../../shared/safe-file-name';

export function askWhereToSaveDownloads(session: Session): void {
  session.on('will-download', (_event, item) => {
    item.setSaveDialogOptions({
      title: 'Entré',
      // The name comes from the page: it must not point the dialog outside the Documents folder.
      defaultPath: path.join(app.getPath('documents'), safeFileName(item.getFilename())),
    });
  });
}
