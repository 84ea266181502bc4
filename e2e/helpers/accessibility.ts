// Accessibility checks shared by the specs: axe-core's serious and critical findings, and touch targets.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe-core on the page as it is now; serious and critical findings fail the test. Softly: the
 * test goes on, so one run lists the findings of every screen it visits.
 */
export async function expectNoSeriousAxeFindings(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
  expect.soft(serious, `axe findings on the ${screen} screen`).toEqual([]);
  // axe no longer checks this, yet a label whose id is taken by a heading leaves its field nameless.
  const duplicateIds = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
  });
  expect.soft(duplicateIds, `ids used twice on the ${screen} screen`).toEqual([]);
}

/**
 * Every visible button, link and input is at least 48 × 48 CSS pixels: a fingertip, not a cursor.
 * A checkbox or radio button counts with its label, which toggles it just the same.
 */
export async function expectTouchTargets(page: Page, screen: string): Promise<void> {
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [role="button"]')]
      .filter((element) => element.offsetParent !== null)
      .map((element) => {
        const toggle = element.matches('input[type="checkbox"], input[type="radio"]');
        const target = (toggle && element.closest('label')) || element;
        return { element, box: target.getBoundingClientRect() };
      })
      .filter(({ box }) => box.width < 48 || box.height < 48)
      .map(
        ({ element, box }) => `${element.outerHTML.slice(0, 80)} is ${Math.round(box.width)}×${Math.round(box.height)}`,
      ),
  );
  expect.soft(small, `touch targets smaller than 48 px on the ${screen} screen`).toEqual([]);
}

/** The element that has the keyboard focus shows a ring a sighted keyboard user can find. */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const ring = await page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return 'nothing has the focus';
    const style = getComputedStyle(focused);
    return `${style.outlineStyle} ${parseFloat(style.outlineWidth) >= 3 ? 'wide' : 'thin'}`;
  });
  expect(ring).toBe('solid wide');
}

/** With reduced motion asked for, nothing on the page moves: no transition, no animation. */
export async function expectNothingMoves(page: Page, screen: string): Promise<void> {
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((element) =>
      [null, '::before', '::after'].flatMap((pseudo) => {
        const style = getComputedStyle(element, pseudo);
        const seconds = (list: string) => Math.max(...list.split(',').map((value) => parseFloat(value) || 0));
        return seconds(style.transitionDuration) > 0 ||
          (style.animationName !== 'none' && seconds(style.animationDuration) > 0)
          ? [`${element.tagName.toLowerCase()}${pseudo ?? ''}.${element.getAttribute('class') ?? ''}`]
          : [];
      }),
    ),
  );
  expect(moving, `moving elements on the ${screen} screen`).toEqual([]);
}
