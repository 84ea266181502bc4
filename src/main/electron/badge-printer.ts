// Silent badge printing in the Electron kiosk: the badge SVG (the same component the staff preview
// shows) in a hidden window, printed to the chosen system printer at the preset's exact page size,
// no margins, no dialog. UNVERIFIED: the Electron binary cannot run where this was written.
import { BrowserWindow } from 'electron';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { BadgeSvg } from '../../shared/badge/BadgeSvg';
import { PrintError, type BadgePrintRequest, type PrintBackend } from '../badges/print-backend';

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
          window.webContents.print(
            {
              silent: true,
              deviceName: request.printer,
              printBackground: true,
              margins: { marginType: 'none' },
              pageSize: { width: request.preset.pageWidthMm * 1000, height: request.preset.pageHeightMm * 1000 },
            },
            (success, failureReason) =>
              success
                ? resolve()
                : reject(new PrintError({ code: 'failed', detail: failureReason || null }, request.printer)),
          ),
        );
      } finally {
        window.destroy();
      }
    },
  };
}
