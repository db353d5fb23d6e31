import enAdmin from '@/messages/en/admin.json';
import enArticleForm from '@/messages/en/articleForm.json';
import enEditor from '@/messages/en/editor.json';
import enHistory from '@/messages/en/history.json';
import enImport from '@/messages/en/import.json';
import enPublishing from '@/messages/en/publishing.json';
import enTagAdmin from '@/messages/en/tagAdmin.json';
import enTagHealth from '@/messages/en/tagHealth.json';
import enTagPicker from '@/messages/en/tagPicker.json';
import enTrash from '@/messages/en/trash.json';
import enRoles from '@/messages/en/roles.json';
import enAudit from '@/messages/en/audit.json';
import enSession from '@/messages/en/session.json';
import enAccount from '@/messages/en/account.json';
import enUserAdmin from '@/messages/en/userAdmin.json';
import zhAdmin from '@/messages/zh-CN/admin.json';
import zhArticleForm from '@/messages/zh-CN/articleForm.json';
import zhEditor from '@/messages/zh-CN/editor.json';
import zhHistory from '@/messages/zh-CN/history.json';
import zhImport from '@/messages/zh-CN/import.json';
import zhPublishing from '@/messages/zh-CN/publishing.json';
import zhTagAdmin from '@/messages/zh-CN/tagAdmin.json';
import zhTagHealth from '@/messages/zh-CN/tagHealth.json';
import zhTagPicker from '@/messages/zh-CN/tagPicker.json';
import zhTrash from '@/messages/zh-CN/trash.json';
import zhRoles from '@/messages/zh-CN/roles.json';
import zhAudit from '@/messages/zh-CN/audit.json';
import zhSession from '@/messages/zh-CN/session.json';
import zhAccount from '@/messages/zh-CN/account.json';
import zhUserAdmin from '@/messages/zh-CN/userAdmin.json';
import type { Locale } from './locales';

// One catalogue per locale, one namespace per file under messages/<locale>/.
export const messages = {
  'zh-CN': { ...zhAdmin, articleForm: zhArticleForm, editor: zhEditor, history: zhHistory, import: zhImport, publishing: zhPublishing, tagAdmin: zhTagAdmin, tagHealth: zhTagHealth, tagPicker: zhTagPicker, trash: zhTrash, userAdmin: zhUserAdmin, account: zhAccount, session: zhSession, audit: zhAudit, roles: zhRoles },
  en: { ...enAdmin, articleForm: enArticleForm, editor: enEditor, history: enHistory, import: enImport, publishing: enPublishing, tagAdmin: enTagAdmin, tagHealth: enTagHealth, tagPicker: enTagPicker, trash: enTrash, userAdmin: enUserAdmin, account: enAccount, session: enSession, audit: enAudit, roles: enRoles },
} satisfies Record<Locale, object>;
