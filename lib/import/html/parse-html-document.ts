import { JSDOM, VirtualConsole } from 'jsdom';
import { ImportError } from '../import-error';

// Parses a saved page without running its scripts or fetching anything it references: jsdom only
// does either when asked (`runScripts`, `resources`). The silent console swallows CSS parse noise
// from real-world stylesheets, which says nothing about the article.
export function parseHtmlDocument(html: string, url?: string): Document {
  if (url !== undefined && !/^https?:\/\//iu.test(url)) {
    throw new ImportError(`The page address “${url}” is not an http or https URL.`);
  }
  if (url !== undefined && !URL.canParse(url)) throw new ImportError(`The page address “${url}” is not a valid URL.`);
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  return dom.window.document;
}
