/**
 * JSON for a <script type="application/ld+json"> element. `<` becomes \u003c (and the line
 * separators that old parsers choke on are escaped), so text such as `</script>` in a name can
 * never close the element; JSON parsers read the escapes back as the original characters.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
