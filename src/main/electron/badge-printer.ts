// Silent badge printing in the Electron kiosk: the badge SVG (the same component the staff preview
// shows) in a hidden window, printed to the chosen system printer at the preset's exact page size and
// orientation (print-options.ts), no margins, no dialog. Electron's answer says only that the system
// took the job, never that the label came out: the job is reported "sent", not "printed".
// Checked against a stubbed `electron` (test/electron/main-process.test.ts); not yet on a real printer.
import { BrowserWindow } from 'electron';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { BadgeSvg } from '../../shared/badge/BadgeSvg';
import { PrintError, type BadgePrintRequest, type PrintBackend } from '../badges/print-backend';
import { badgePrintOptions } from './print-options';

function badgeHtml({ pages, preset, title }: BadgePrintRequest): string {
  const size = `${preset.pageWidthMm}mm ${preset.pageHeightMm}mm`;
  const svgs = pages.map((page) => renderToStaticMarkup(createElement(BadgeSvg, { page, label: title }))).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>
    @page { size: ${size}; margin: 0 } html, body { margin: 0 }
    svg { display: block; width: ${preset.pageWidthMm}mm; height: ${preset.pageHeightMm}mm; break-after: page }
  </style></head><body>${svgs}</body></html>`;
}

export function electronBackend(): PrintBackend {
  return {
    async print(request) {
      const window = new BrowserWindow({ show: false, webPreferences: { sandbox: true, javascript: false } });
      try {
        const printers = await window.webContents.getPrintersAsync();
        if (!printers.some((printer) => printer.name === request.printer))
          throw new PrintError({ code: 'no-printer', detail: null }, request.printer);
        await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(badgeHtml(request))}`);
        await new Promise<void>((resolve, reject) =>
          window.webContents.print(badgePrintOptions(request.preset, request.printer), (success, failureReason) =>
            success
              ? resolve()
              : reject(new PrintError({ code: 'failed', detail: failureReason || null }, request.printer)),
          ),
        );
        return 'sent';
      } finally {
        window.destroy();
      }
    },
  };
}
