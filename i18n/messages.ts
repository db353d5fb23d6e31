import enAdmin from '@/messages/en/admin.json';
import enEditor from '@/messages/en/editor.json';
import enImport from '@/messages/en/import.json';
import zhAdmin from '@/messages/zh-CN/admin.json';
import zhEditor from '@/messages/zh-CN/editor.json';
import zhImport from '@/messages/zh-CN/import.json';
import type { Locale } from './locales';

// One catalogue per locale, one namespace per file under messages/<locale>/.
export const messages = {
  'zh-CN': { ...zhAdmin, editor: zhEditor, import: zhImport },
  en: { ...enAdmin, editor: enEditor, import: enImport },
} satisfies Record<Locale, object>;
