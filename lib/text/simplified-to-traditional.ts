import { Trie } from 'opencc-js/core';
import { configs } from 'opencc-js/preset/cn2t';

export type TraditionalForm = 'twp' | 'hk';

type Convert = (text: string) => string;
type DictLike = string | readonly (readonly [string, string])[];

// opencc-js builds every converter from scratch, and its Simplified -> Traditional tables (the
// phrase segmentation and the character and phrase conversions, about 45 MB of tries) are the same
// for every Traditional form. Here they are built once per process and shared by the Taiwan and
// Hong Kong converters; only the small regional tables are built per form. The conversion itself
// is OpenCC's s2twp / s2hk chain, step for step (checked against opencc-js by the unit test).
let shared: { normalize: Trie; segmentation: Trie; traditional: Trie } | undefined;
const converters = new Map<TraditionalForm, Convert>();

function trieOf(dictionaries: readonly DictLike[]): Trie {
  const trie = new Trie();
  trie.loadDictGroup(dictionaries as DictLike[]);
  return trie;
}

function sharedTries() {
  if (!shared) {
    const config = configFor('twp');
    shared = {
      normalize: trieOf(config.normalizationChain[0] ?? []),
      segmentation: trieOf(config.segmentation),
      traditional: trieOf(config.conversionChain[0] ?? []),
    };
  }
  return shared;
}

interface ChainConfig {
  normalizationChain: readonly (readonly DictLike[])[];
  segmentation: readonly DictLike[];
  conversionChain: readonly (readonly DictLike[])[];
}

function configFor(form: TraditionalForm): ChainConfig {
  const config = configs[`s2${form}`] as unknown as ChainConfig | undefined;
  if (!config) throw new Error(`OpenCC has no s2${form} configuration`);
  return config;
}

function buildConverter(form: TraditionalForm): Convert {
  const { normalize, segmentation, traditional } = sharedTries();
  const regional = configFor(form).conversionChain.slice(1).map(trieOf);
  return (text) => {
    const segments = segmentation.segment(normalize.convert(text));
    let converted = segments.map((segment) => traditional.convert(segment));
    for (const trie of regional) converted = converted.map((segment) => trie.convert(segment));
    return converted.join('');
  };
}

/** Simplified `text` in Taiwan (phrases: 软件 → 軟體) or Hong Kong Traditional, as OpenCC s2twp / s2hk. */
export function simplifiedToTraditional(text: string, form: TraditionalForm): string {
  let convert = converters.get(form);
  if (!convert) {
    convert = buildConverter(form);
    converters.set(form, convert);
  }
  return convert(text);
}
