import { JSDOM, VirtualConsole } from 'jsdom';
import { ImportError } from '../import-error';

// A page address given with a saved page must be an absolute http(s) URL.
export function checkPageUrl(url: string | undefined): void {
  if (url !== undefined && !/^https?:\/\//iu.test(url)) {
    throw new ImportError(`The page address “${url}” is not an http or https URL.`);
  }
  if (url !== undefined && !URL.canParse(url)) throw new ImportError(`The page address “${url}” is not a valid URL.`);
}

let parser: DOMParser | undefined;

// Parses a page into a DOM without running its scripts or fetching anything it references (jsdom
// only does either when asked: `runScripts`, `resources`). One window serves every page, since
// building a window costs far more than parsing a cleaned page; relative links resolve against
// the page's <base href>. The silent console swallows CSS parse noise from real-world stylesheets.
export function parseHtmlDocument(html: string): Document {
  parser ??= new new JSDOM('', { virtualConsole: new VirtualConsole() }).window.DOMParser();
  return parser.parseFromString(html, 'text/html');
}
