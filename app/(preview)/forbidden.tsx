import { RefusalNotice } from '@/components/admin/refusal-notice';

export default function Forbidden() {
  return <RefusalNotice kind="forbidden" inMain />;
}
