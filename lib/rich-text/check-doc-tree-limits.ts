export interface DocTreeLimits {
  maxDepth: number;
  maxNodes: number;
  maxTextLength: number;
}

/**
 * Walks an untrusted JSON tree iteratively, before schema validation, so that a hostile
 * document (thousands of levels deep, or enormous) is rejected without deep recursion.
 * Returns an error message, or null when the tree is within the limits.
 */
export function checkDocTreeLimits(value: unknown, limits: DocTreeLimits): string | null {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 0 }];
  let nodeCount = 0;
  let textLength = 0;

  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, depth } = item;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > limits.maxDepth) return `Document is nested deeper than ${limits.maxDepth} levels`;

    const { text, content } = node as { text?: unknown; content?: unknown };
    if (typeof text === 'string') {
      textLength += text.length;
      if (textLength > limits.maxTextLength) {
        return `Document text is longer than ${limits.maxTextLength} characters`;
      }
    }
    if (!Array.isArray(content)) continue;

    nodeCount += content.length;
    if (nodeCount > limits.maxNodes) return `Document has more than ${limits.maxNodes} nodes`;
    for (const child of content) stack.push({ node: child, depth: depth + 1 });
  }
  return null;
}
