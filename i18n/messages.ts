import enAdmin from '@/messages/en/admin.json';
import enEditor from '@/messages/en/editor.json';
import zhAdmin from '@/messages/zh-CN/admin.json';
import zhEditor from '@/messages/zh-CN/editor.json';
import type { Locale } from './locales';

// One catalogue per locale, one namespace per file under messages/<locale>/.
export const messages = {
  'zh-CN': { ...zhAdmin, editor: zhEditor },
  en: { ...enAdmin, editor: enEditor },
} satisfies Record<Locale, object>;
