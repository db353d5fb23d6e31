// The shape of an article body: Tiptap's JSON document, as stored in Article.body.
// The allowed node and mark set is enforced by tiptap-doc-schema.ts.

export interface TiptapMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface TiptapNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: TiptapNode[];
  marks?: TiptapMark[];
  text?: string;
}

export interface TiptapDoc {
  type: 'doc';
  content: TiptapNode[];
}
