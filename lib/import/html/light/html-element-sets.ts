// Element categories from the HTML parsing rules, as far as the light parser needs them.
const set = (names: string) => new Set(names.split(' '));

export const voidElements = set('area base basefont bgsound br col embed frame hr img image input keygen link meta param source track wbr');
// Their content is text up to the matching end tag (title and textarea with entities decoded).
export const rawTextElements = set('script style xmp iframe noembed noframes noscript plaintext template title textarea');
// Before any body content, these belong to <head>.
export const headElements = set('meta title link base script style noscript template basefont bgsound');
export const specialElements = set(
  'address applet area article aside base basefont bgsound blockquote body br button caption center col colgroup dd details dir ' +
    'div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe ' +
    'img input keygen li link listing main marquee menu meta nav noembed noframes noscript object ol p param plaintext pre ' +
    'script search section select source style summary table tbody td template textarea tfoot th thead title tr track ul wbr xmp',
);
// An end tag or implied close never reaches past these.
export const scopeBoundaries = set('applet caption html table td th marquee object template button');
// Start tags that close an open <p> first.
export const closesParagraph = set(
  'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 ' +
    'header hgroup hr listing main menu nav ol p plaintext pre search section summary table ul li dd dt xmp',
);

export interface ImpliedEnd {
  closes: ReadonlySet<string>;
  stopAt: ReadonlySet<string> | 'top-only';
}

const listItemStops = new Set([...specialElements].filter((name) => name !== 'address' && name !== 'div' && name !== 'p'));
const headings = set('h1 h2 h3 h4 h5 h6');

// Start tags that close a previous sibling of their kind: <li>, <dt>/<dd>, rows and cells, options,
// a heading directly inside a heading, a link inside a link.
export const impliedEndTags: ReadonlyMap<string, ImpliedEnd> = new Map<string, ImpliedEnd>([
  ['li', { closes: set('li'), stopAt: listItemStops }],
  ['dd', { closes: set('dd dt'), stopAt: listItemStops }],
  ['dt', { closes: set('dd dt'), stopAt: listItemStops }],
  ['tr', { closes: set('tr'), stopAt: set('table html template') }],
  ['td', { closes: set('td th'), stopAt: set('tr table html template') }],
  ['th', { closes: set('td th'), stopAt: set('tr table html template') }],
  ['thead', { closes: set('thead tbody tfoot'), stopAt: set('table html template') }],
  ['tbody', { closes: set('thead tbody tfoot'), stopAt: set('table html template') }],
  ['tfoot', { closes: set('thead tbody tfoot'), stopAt: set('table html template') }],
  ['option', { closes: set('option'), stopAt: 'top-only' }],
  ['optgroup', { closes: set('option optgroup'), stopAt: 'top-only' }],
  ['a', { closes: set('a'), stopAt: scopeBoundaries }],
  ...[...headings].map((name): [string, ImpliedEnd] => [name, { closes: headings, stopAt: 'top-only' }]),
]);
