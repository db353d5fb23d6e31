import { readFileSync } from 'node:fs';
import { importTextDump } from '@/lib/import/import-text-dump';
import { convertToSimplified } from '@/lib/text/convert-to-simplified';
import type { BenchArticle } from './bench-import-html-page';

export interface BenchSamples {
  // The two sample dumps as decoded text, noise and all.
  dumps: string[];
  // Their articles (title and paragraphs) as a portal would publish them.
  simplified: BenchArticle[];
  traditional: BenchArticle[];
}

const SAMPLES = ['000_082a931f3e294f16.txt', '003_19f9f1bee9563f76.txt'];

export function loadBenchSamples(): BenchSamples {
  const bytes = SAMPLES.map((name) => readFileSync(new URL(`../../content/samples/${name}`, import.meta.url)));
  const traditional = bytes.map((sample, index) => {
    const { article } = importTextDump(new Uint8Array(sample), SAMPLES[index] ?? 'sample.txt');
    return { title: article.title, paragraphs: article.bodyText.split('\n\n') };
  });
  return {
    dumps: bytes.map((sample) => sample.toString('utf8')),
    simplified: traditional.map(({ title, paragraphs }) => ({ title: convertToSimplified(title), paragraphs: paragraphs.map(convertToSimplified) })),
    traditional,
  };
}
