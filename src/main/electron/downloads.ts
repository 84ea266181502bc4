// Exports from staff mode arrive as downloads of the page; in the kiosk they open a save dialog that
// starts in the Documents folder with the export's own file name. (Not run here: no Electron binary.)
import path from 'node:path';
import { app, type Session } from 'electron';

export function askWhereToSaveDownloads(session: Session): void {
  session.on('will-download', (_event, item) => {
    item.setSaveDialogOptions({
      title: 'Entré',
      defaultPath: path.join(app.getPath('documents'), item.getFilename()),
    });
  });
}
