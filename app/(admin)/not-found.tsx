import { RefusalNotice } from '@/components/admin/refusal-notice';

// An admin page whose record does not exist, inside the admin's layout.
export default function NotFound() {
  return <RefusalNotice kind="notFound" />;
}
