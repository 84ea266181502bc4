// Accessibility checks shared by the specs: axe-core's serious and critical findings, and touch targets.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Runs axe-core on the page as it is now; serious and critical findings fail the test. */
export async function expectNoSeriousAxeFindings(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
  expect(serious, `axe findings on the ${screen} screen`).toEqual([]);
}

/** Every visible button, link and input is at least 48 × 48 CSS pixels: a fingertip, not a cursor. */
export async function expectTouchTargets(page: Page, screen: string): Promise<void> {
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [role="button"]')]
      .filter((element) => element.offsetParent !== null)
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 48 || box.height < 48)
      .map(
        ({ element, box }) => `${element.outerHTML.slice(0, 80)} is ${Math.round(box.width)}×${Math.round(box.height)}`,
      ),
  );
  expect(small, `touch targets smaller than 48 px on the ${screen} screen`).toEqual([]);
}
