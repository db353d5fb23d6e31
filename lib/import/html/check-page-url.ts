import { ImportError } from '../import-error';

// A page address given with a saved page must be an absolute http(s) URL.
export function checkPageUrl(url: string | undefined): void {
  if (url !== undefined && !/^https?:\/\//iu.test(url)) {
    throw new ImportError(`The page address “${url}” is not an http or https URL.`);
  }
  if (url !== undefined && !URL.canParse(url)) throw new ImportError(`The page address “${url}” is not a valid URL.`);
}
