import type { Page } from '@playwright/test';

/** Types like a keyboard-wedge scanner: a fast burst of keys, then Enter, wherever the focus is. */
export async function wedgeScan(page: Page, code: string): Promise<void> {
  await page.keyboard.type(code, { delay: 2 });
  await page.keyboard.press('Enter');
}
