// The label in front of reporters' names on a byline line (本报记者 赵磊 钱程); the line itself is
// removed by the shared 'byline' rule in boilerplate-line-rules.ts.
export const bylineLabel = /^(?:本[报報]|本[网網])?(?:特[约約])?(?:记者|記者|通讯员|通訊員)[\s:：]*/u;
