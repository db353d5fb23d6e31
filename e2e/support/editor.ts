import { expect, type Locator, type Page } from '@playwright/test';
import { createArticle, createUser, type ArticleOptions, type TestArticle } from './factories';
import { loginAs } from './login';

/** Signs in a new admin and opens a new article of this kind in the editor. */
export async function openArticleInEditor(page: Page, options: ArticleOptions): Promise<TestArticle> {
  const admin = await createUser('ADMIN');
  const article = await createArticle(options);
  await loginAs(page, admin);
  await page.goto(`/admin/articles/${article.id}`);
  await expect(bodyEditor(page)).toBeVisible();
  return article;
}

export function bodyEditor(page: Page): Locator {
  return page.getByRole('textbox', { name: '正文' });
}

/** Han characters in the count under the editor ("12 字 · …"). */
export async function countedHanCharacters(page: Page): Promise<number> {
  const text = (await page.locator('.article-editor__count').textContent()) ?? '';
  const match = /^([\d,]+) 字/.exec(text);
  if (!match?.[1]) throw new Error(`no character count in ${JSON.stringify(text)}`);
  return Number(match[1].replaceAll(',', ''));
}

/**
 * Types through the browser's real IME path (Chrome DevTools Protocol): the composition grows
 * as on a Pinyin keyboard (z, zh, zhi…), then the chosen characters are committed.
 */
export async function composeWithIme(page: Page, pinyin: string, committed: string): Promise<void> {
  const session = await page.context().newCDPSession(page);
  try {
    for (let end = 1; end <= pinyin.length; end++) {
      const text = pinyin.slice(0, end);
      await session.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    }
    await session.send('Input.insertText', { text: committed });
  } finally {
    await session.detach();
  }
}

/** Pastes as the browser does, with this HTML (and a plain-text fallback) on the clipboard. */
export async function pasteHtml(page: Page, html: string, plainText: string): Promise<void> {
  await bodyEditor(page).evaluate(
    (element, data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/html', data.html);
      transfer.setData('text/plain', data.plainText);
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    },
    { html, plainText },
  );
}
