import { z } from 'zod';

// Runs in the browser before the app: zod would probe whether it may compile validators with
// `new Function`, which the admin pages' Content-Security-Policy forbids (and reports). Its
// interpreter is fast enough for forms.
z.config({ jitless: true });
