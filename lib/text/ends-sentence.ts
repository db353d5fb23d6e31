const closingMarks = /[”’」』）)】〕》"'\s]+$/u;
const sentenceEnd = /[。！？!?…；;.]$/u;

// True when the text ends a sentence, looking through closing quotes and brackets: 表示。” -> true.
export function endsSentence(text: string): boolean {
  return sentenceEnd.test(text.replace(closingMarks, ''));
}
