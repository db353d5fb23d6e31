import { contentHash } from '@/lib/import/fingerprint/content-hash';
import { simhash, simhashBands, toSigned64 } from '@/lib/import/fingerprint/simhash';

/**
 * An article's dedupe fingerprints as stored on articles: the SimHash of its body signed to fit
 * the BIGINT column, with its band keys; none for a body without words (every such body would
 * otherwise look alike).
 */
export interface ArticleFingerprint {
  contentHash: string;
  simhash: bigint | null;
  simhashBands: number[];
}

export function fingerprintArticle(article: { title: string; bodyText: string }): ArticleFingerprint {
  const hash = simhash(article.bodyText);
  return {
    contentHash: contentHash(article.title, article.bodyText),
    simhash: hash === 0n ? null : toSigned64(hash),
    simhashBands: hash === 0n ? [] : simhashBands(hash),
  };
}
