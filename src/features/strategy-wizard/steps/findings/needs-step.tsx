import { FindingList } from './finding-list';

export default function NeedsStep() {
  return <FindingList kind="need" />;
}
