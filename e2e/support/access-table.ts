// Who may call what, for the generated access test (e2e/access-control.spec.ts). Every server
// action, admin page and route handler of the build must have a row here: the test fails for one
// without, so a new one is never left unchecked. `allowed` lists the roles that get past the
// permission check; everyone else (anonymous visitors, disabled accounts, other roles) is refused.

export type Role = 'CONTRIBUTOR' | 'EDITOR' | 'ADMIN';

const anyRole: Role[] = ['CONTRIBUTOR', 'EDITOR', 'ADMIN'];
const editors: Role[] = ['EDITOR', 'ADMIN'];
const admins: Role[] = ['ADMIN'];

/** Arguments that name nothing that exists: calls past the check end in NOT_FOUND or VALIDATION. */
const nobody = '00000000-0000-4000-8000-000000000000';
const byId = [{ id: nobody }];

export interface ActionRow {
  allowed: Role[];
  /** The JSON arguments sent (the action's own input shape, or `{}` where the shape does not matter). */
  args: unknown[];
}

export const actionAccess: Record<string, ActionRow> = {
  'app/(admin)/admin/locale-action.ts#setAdminLocale': { allowed: anyRole, args: ['en'] },
  'app/(admin)/admin/articles/[id]/actions.ts#createArticleAction': { allowed: anyRole, args: [{}] },
  'app/(admin)/admin/articles/[id]/actions.ts#saveArticleAction': { allowed: anyRole, args: [{}] },
  'app/(admin)/admin/articles/[id]/actions.ts#getArticleForEditingAction': { allowed: anyRole, args: byId },
  'app/(admin)/admin/articles/[id]/actions.ts#claimArticleLockAction': { allowed: anyRole, args: [{}] },
  'app/(admin)/admin/articles/[id]/actions.ts#releaseArticleLockAction': { allowed: anyRole, args: [{}] },
  'app/(admin)/admin/articles/[id]/revision-actions.ts#listRevisionsAction': { allowed: anyRole, args: [{}] },
  'app/(admin)/admin/articles/[id]/revision-actions.ts#compareRevisionsAction': { allowed: anyRole, args: [{}] },
  'app/(admin)/admin/articles/[id]/revision-actions.ts#restoreRevisionAction': { allowed: anyRole, args: [{}] },
  'app/(admin)/admin/articles/[id]/tag-actions.ts#searchTagsAction': { allowed: anyRole, args: [{ query: '经济' }] },
  'app/(admin)/admin/articles/[id]/tag-actions.ts#suggestTagsAction': { allowed: anyRole, args: [{}] },
  'app/(admin)/admin/articles/[id]/convert-script-action.ts#convertArticleScriptAction': { allowed: anyRole, args: [{}] },
  'app/(admin)/admin/import/actions.ts#createImportBatchAction': { allowed: editors, args: [{ unexpected: true }] },
  'app/(admin)/admin/import/actions.ts#importSelectedAction': { allowed: editors, args: [null, {}] },
  'app/(admin)/admin/trash/actions.ts#moveArticleToTrashAction': { allowed: editors, args: byId },
  'app/(admin)/admin/trash/actions.ts#restoreArticleFromTrashAction': { allowed: editors, args: byId },
  'app/(admin)/admin/trash/actions.ts#purgeArticleAction': { allowed: admins, args: byId },
  'app/(admin)/admin/trash/actions.ts#emptyTrashAction': { allowed: admins, args: [{ unexpected: true }] },
  'app/(admin)/admin/tags/actions.ts#createTagAction': { allowed: admins, args: [{}] },
  'app/(admin)/admin/tags/actions.ts#updateTagAction': { allowed: admins, args: [{}] },
  'app/(admin)/admin/tags/actions.ts#deleteTagAction': { allowed: admins, args: byId },
  'app/(admin)/admin/tags/actions.ts#mergeTagsAction': { allowed: admins, args: [{}] },
  'app/(admin)/admin/tags/actions.ts#addTagAliasAction': { allowed: admins, args: [{}] },
  'app/(admin)/admin/tags/actions.ts#removeTagAliasAction': { allowed: admins, args: [{}] },
  'app/(admin)/admin/tags/actions.ts#countTagArticlesAction': { allowed: admins, args: byId },
  'app/(admin)/admin/tags/actions.ts#searchTagsForAdminAction': { allowed: admins, args: [{ query: '经济' }] },
  'app/(admin)/admin/tags/actions.ts#findLookalikeTagAction': { allowed: admins, args: [{ name: '经济' }] },
  'app/(admin)/admin/users/actions.ts#inviteUserAction': { allowed: admins, args: [{}] },
  'app/(admin)/admin/users/actions.ts#changeUserRoleAction': { allowed: admins, args: [{}] },
  'app/(admin)/admin/users/actions.ts#setUserDisabledAction': { allowed: admins, args: [{}] },
  'app/(admin)/admin/users/actions.ts#issuePasswordResetAction': { allowed: admins, args: [{}] },
  'app/(admin)/admin/account/actions.ts#changeOwnNameAction': { allowed: anyRole, args: [{}] },
  'app/(admin)/admin/account/actions.ts#changeOwnPasswordAction': { allowed: anyRole, args: [{}] },
};

/** Server actions anyone may call, and what stands in for a session. */
export const publicActions: Record<string, string> = {
  'app/(admin)/invite/actions.ts#redeemInviteAction': 'the single-use invite token is the permission',
  'app/(admin)/reset-password/actions.ts#redeemPasswordResetAction': 'the single-use reset token is the permission',
};

/** Admin pages by URL template; `[param]`s are filled with an id that names nothing. */
export const pageAccess: Record<string, Role[]> = {
  '/admin': anyRole,
  '/admin/articles/[id]': anyRole,
  '/preview/articles/[id]': anyRole,
  '/admin/import': editors,
  '/admin/import/[batchId]': editors,
  '/admin/import/[batchId]/items/[itemId]': editors,
  '/admin/trash': editors,
  '/admin/tags': admins,
  '/admin/tags/new': admins,
  '/admin/tags/health': admins,
  '/admin/tags/[id]': admins,
  '/admin/users': admins,
  '/admin/audit': admins,
  '/admin/account': anyRole,
};

/** Pages anyone may open, and why. Everything in the reader site's `(public)` group is public too. */
export const publicPages: Record<string, string> = {
  '/login': 'the sign-in form',
  '/invite/[token]': 'sets a password with a single-use invite token',
  '/reset-password/[token]': 'sets a password with a single-use reset token',
  '/_not-found': 'the 404 page',
  '/_global-error': 'the error page',
};

export interface HandlerRow {
  method: 'GET' | 'POST';
  allowed: Role[];
}

/** Route handlers that change something or show non-public data. */
export const handlerAccess: Record<string, HandlerRow> = {
  '/api/articles/[id]/lock/release': { method: 'POST', allowed: anyRole },
  '/api/import/batches/[batchId]/files': { method: 'POST', allowed: editors },
  '/api/uploads/images': { method: 'POST', allowed: anyRole },
};

/** Route handlers that are public by design, and why. */
export const publicHandlers: Record<string, string> = {
  '/api/auth/[...nextauth]': 'next-auth: sign-in, sign-out and the CSRF token',
  '/api/internal/revalidate': 'signed with the server secret, not a session (its own test: handle-internal-revalidate)',
  '/uploads/[file]': 'published images',
  '/icon.svg': 'the favicon',
  '/robots.txt': 'for crawlers',
};

export function fillParams(template: string): string {
  return template.replace(/\[\.{3}[^\]]+\]|\[[^\]]+\]/gu, nobody);
}
