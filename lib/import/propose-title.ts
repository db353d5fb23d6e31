const maxLength = 30;
const minLength = 6;
const minSoftBreak = 20;
const sentenceEnd = /[。！？!?]/u;
const clauseSeparator = /[,，;；]/u;
// Clauses that only frame the news (who reported it, when) rather than state it.
const framingClause =
  /(?:獲悉|获悉|了解到|得知|獲知|获知|報道|报道|消息|介紹|介绍|透露|表示|指出)$|^(?:\d{1,2}月\d{1,2}日|近日|日前|近期|目前|今年以來|今年以来|據介紹|据介绍)$/u;

function truncate(text: string): string {
  const characters = [...text];
  if (characters.length <= maxLength) return text;
  const head = characters.slice(0, maxLength).join('');
  const softBreak = Math.max(head.lastIndexOf('、'), head.lastIndexOf(' '));
  return softBreak >= minSoftBreak ? head.slice(0, softBreak) : `${head.slice(0, -1)}…`;
}

// A readable title from the lead: its first clause that states the news, joined with the next
// clause while that still fits, cut at a clause boundary. Null when the lead has no such clause.
export function proposeTitle(lead: string): string | null {
  const firstSentence = lead.split(sentenceEnd)[0] ?? '';
  const clauses = firstSentence
    .split(clauseSeparator)
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '' && !framingClause.test(clause));
  const [first, ...rest] = clauses;
  if (first === undefined) return null;
  let title = first;
  for (const clause of rest) {
    if ([...title].length >= minLength || [...`${title},${clause}`].length > maxLength) break;
    title = `${title},${clause}`;
  }
  return truncate(title);
}
