import { RefusalNotice } from '@/components/admin/refusal-notice';

// A preview of an article that does not exist, inside the preview's layout.
export default function NotFound() {
  return <RefusalNotice kind="notFound" inMain />;
}
